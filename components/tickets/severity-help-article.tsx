import Link from 'next/link';
import { CLOCK_BUDGET_MS, PICKUP_COMPLIANCE_TARGET } from '@/lib/sla';
import { SEVERITY_GUIDE } from '@/lib/tickets';

const HOUR_MS = 3_600_000;

/**
 * The help page on criticité, the same in both areas: what each level is (§1), what it commits the
 * support to (§14), and how those deadlines are counted (§1, §13, DOMAIN "Support clocks").
 */
export function SeverityHelpArticle({ demandesHref }: { demandesHref: string }) {
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">La criticité d’une anomalie</h1>
        <p className="mt-2 text-slate-700">
          Une fois la demande prise en charge, le support la qualifie et reproduit ce qui a été signalé (§14 du livret de service). S’il s’agit d’une anomalie,
          il lui donne l’une des trois criticités ci-dessous : elle fixe le délai dans lequel il s’engage à agir.
        </p>
      </div>
      {SEVERITY_GUIDE.map((entry) => (
        <section key={entry.severity} aria-labelledby={`criticite-${entry.severity}`} className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id={`criticite-${entry.severity}`} className="text-lg font-semibold">
            {entry.label}
          </h2>
          <p className="mt-2">{entry.definition}</p>
          <p className="mt-3 font-semibold">Délai : {entry.deadline.toLowerCase()}</p>
          <p>{entry.commitment}</p>
        </section>
      ))}
      <section aria-labelledby="decompte" className="flex flex-col gap-2">
        <h2 id="decompte" className="text-lg font-semibold">
          Comment les délais se comptent
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>
            Avant la qualification, toute demande est prise en charge dans les {CLOCK_BUDGET_MS.pickup / HOUR_MS} heures ouvrées qui suivent son enregistrement,
            pour au moins {Math.round(PICKUP_COMPLIANCE_TARGET * 100)}&nbsp;% des demandes (§13).
          </li>
          <li>Les heures ouvrées sont les heures d’ouverture du support (§1), affichées sur le portail avec son numéro de téléphone.</li>
          <li>Un jour ouvré va du lundi au vendredi, sauf les jours fériés en France métropolitaine (§1).</li>
          <li>Le délai part de la qualification. Il est suspendu tant que le support attend une information de votre part, et reprend à votre réponse.</li>
          <li>
            Si la criticité change (requalification), le délai de l’ancienne criticité s’arrête, avec son résultat, et celui de la nouvelle part à cet instant.
          </li>
        </ul>
      </section>
      <p>
        <Link href={demandesHref} className="font-medium text-brand-800 underline">
          Revenir aux demandes
        </Link>
      </p>
    </article>
  );
}
