import { formatDateTime } from '@/lib/format/french-date';

/** §13: the Demande was taken out of the 75 % pickup ratio by a manager, with the reason the client reads too. */
export function PickupExclusionNotice({ excludedAt, reason, by, timeZone }: { excludedAt: Date; reason: string; by?: string | null; timeZone: string }) {
  return (
    <div className="rounded-md border-l-4 border-slate-500 bg-slate-50 px-3 py-2 text-sm text-slate-800" data-pickup-excluded>
      <p className="font-semibold">Ne compte pas dans l’engagement de prise en charge (75 % en 8 heures ouvrées)</p>
      <p>
        Retirée du calcul le {formatDateTime(excludedAt, timeZone)}
        {by ? ` par ${by}` : ' par le support'} : {reason}
      </p>
    </div>
  );
}
