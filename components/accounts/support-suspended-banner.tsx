/** §13: the organization's support is suspended; existing Demandes stay readable. */
export function SupportSuspendedBanner({ reason }: { reason: string }) {
  return (
    <div role="status" className="rounded-md border-l-4 border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">Le support de votre collectivité est suspendu.</p>
      <p>Motif : {reason}</p>
      <p>Vous ne pouvez pas déposer de nouvelle demande ; vos demandes existantes restent consultables. Contactez le support par téléphone.</p>
    </div>
  );
}
