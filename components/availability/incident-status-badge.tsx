/** Whether an incident lasts or has ended, in words and a sign. */
export function IncidentStatusBadge({ ended }: { ended: boolean }) {
  return ended ? (
    <span className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-semibold text-slate-800">
      Terminé
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-red-700 px-2.5 py-0.5 text-xs font-semibold text-white">
      <span aria-hidden="true">⚠</span>En cours
    </span>
  );
}
