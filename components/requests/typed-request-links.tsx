import Link from 'next/link';

/** For an administrator: the requests with a form of their own (§7 restores, §11 software accounts). */
export function TypedRequestLinks() {
  return (
    <aside aria-labelledby="autres-demandes" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="autres-demandes" className="font-semibold">
        Autres demandes (administrateurs)
      </h2>
      <ul className="mt-2 flex flex-col gap-1 sm:flex-row sm:gap-6">
        <li>
          <Link href="/demandes/restauration" className="text-brand-800 underline">
            Demander une restauration de données
          </Link>
        </li>
        <li>
          <Link href="/demandes/compte-logiciel" className="text-brand-800 underline">
            Demander un compte logiciel
          </Link>
        </li>
      </ul>
    </aside>
  );
}
