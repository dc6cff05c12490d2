/** A generated password shown once, with what to do with it. */
export function OneTimeSecret({ email, password }: { email: string; password: string }) {
  return (
    <div role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900">
      <p className="font-semibold">Compte {email} : mot de passe provisoire</p>
      <p className="mt-1">
        <code data-testid="mot-de-passe-provisoire" className="rounded bg-white px-2 py-1 text-base font-bold tracking-wide text-slate-900">
          {password}
        </code>
      </p>
      <p className="mt-1">Il n’est affiché qu’une fois et vient d’être envoyé par courriel. Il devra être changé à la première connexion.</p>
    </div>
  );
}
