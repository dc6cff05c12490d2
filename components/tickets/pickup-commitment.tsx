import { DateTime } from 'luxon';
import { PICKUP_COMPLIANCE_TARGET } from '@/lib/sla';
import type { OrganizationPickupCompliance } from '@/lib/server/sla/get-pickup-compliance';

function day(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).setLocale('fr-FR').toFormat('d LLLL yyyy');
}

/** §13 made visible: the pickup rate of the current 12-month period against its 75 % target. */
export function PickupCommitment({ compliance }: { compliance: OrganizationPickupCompliance }) {
  const { rate, met, breached, pending, period, timeZone } = compliance;
  const last = new Date(period.end.getTime() - 1);
  const target = Math.round(PICKUP_COMPLIANCE_TARGET * 100);
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p>
        Période du {day(period.start, timeZone)} au {day(last, timeZone)} — objectif : {target} % des demandes prises en charge en 8 heures ouvrées au plus.
      </p>
      {rate === null ? (
        <p className="font-semibold">Aucune demande de la période n’est encore décidée.</p>
      ) : (
        <p className={`font-semibold ${compliance.compliant ? 'text-green-800' : 'text-red-800'}`}>
          {Math.round(rate * 1000) / 10} % dans le délai ({met} sur {met + breached}) : objectif {compliance.compliant ? 'tenu' : 'non tenu'}.
        </p>
      )}
      {pending > 0 && (
        <p className="text-slate-700">
          {pending} demande{pending > 1 ? 's' : ''} en attente de prise en charge, encore dans le délai.
        </p>
      )}
    </div>
  );
}
