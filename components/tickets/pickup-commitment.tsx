import { DateTime } from 'luxon';
import { presentPickupCompliance } from '@/lib/sla';
import type { OrganizationPickupCompliance } from '@/lib/server/sla/get-pickup-compliance';

function day(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).setLocale('fr-FR').toFormat('d LLLL yyyy');
}

/** §13 made visible: the pickup rate of the current 12-month period against its 75 % target, the excluded Demandes apart. */
export function PickupCommitment({ compliance }: { compliance: OrganizationPickupCompliance }) {
  const { period, timeZone } = compliance;
  const shown = presentPickupCompliance(compliance);
  const last = new Date(period.end.getTime() - 1);
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p>
        Période du {day(period.start, timeZone)} au {day(last, timeZone)} — objectif : {shown.target} des demandes prises en charge en 8 heures ouvrées au plus.
      </p>
      <p className={`font-semibold ${compliance.compliant === null ? '' : compliance.compliant ? 'text-green-800' : 'text-red-800'}`}>{shown.verdict}</p>
      <p className="text-slate-700">{shown.counts}.</p>
      {shown.excluded && <p className="text-slate-700">{shown.excluded}</p>}
    </div>
  );
}
