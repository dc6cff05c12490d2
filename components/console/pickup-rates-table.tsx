import Link from 'next/link';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { periodWords } from '@/lib/reports/report-words';
import { reportSearch } from '@/lib/search-params/reports';
import type { OrganizationPickupRate } from '@/lib/server/dashboard/list-pickup-compliance';
import { presentPickupCompliance, type PickupCompliance } from '@/lib/sla';

/** How many collectivités the dashboard lists: those furthest below the target first; the reports have them all. */
export const RATES_SHOWN = 10;

/** §13 for a manager: each collectivité's pickup rate over its current 12-month period, the ones in trouble first. */
export function PickupRatesTable({ rates }: { rates: OrganizationPickupRate[] }) {
  const sorted = [...rates].sort((a, b) => urgency(a.compliance) - urgency(b.compliance) || a.name.localeCompare(b.name, 'fr'));
  const shown = sorted.slice(0, RATES_SHOWN);
  return (
    <>
      <Table
        caption="Prise en charge en 8 heures ouvrées par collectivité, sur la période de 12 mois en cours"
        captionStyle="hidden"
        columns={['Collectivité', 'Période en cours', 'Prise en charge en 8 h ouvrées (objectif 75 %)']}
        empty={rates.length === 0 ? 'Aucune collectivité cliente.' : undefined}
      >
        {shown.map((rate) => (
          <Row key={rate.organizationId}>
            <RowHeader>
              <Link href={reportSearch.href('/console/rapports', { organizationId: rate.organizationId })} className="text-brand-800 underline">
                {rate.name}
              </Link>
            </RowHeader>
            <Cell>{rate.period ? periodWords(rate.period, rate.timeZone) : 'Support non commencé'}</Cell>
            <Cell>{pickupRate(rate.compliance)}</Cell>
          </Row>
        ))}
      </Table>
      {sorted.length > shown.length && (
        <p className="mt-2 text-sm text-slate-700">
          Les {RATES_SHOWN} collectivités les plus éloignées de l’objectif sur {sorted.length.toLocaleString('fr-FR')} :{' '}
          <Link href="/console/rapports" className="text-brand-800 underline">
            toutes dans les rapports
          </Link>
          .
        </p>
      )}
    </>
  );
}

/** Missed first (lowest rate first), then kept (lowest first), then nothing counted yet, then not started. */
function urgency(compliance: PickupCompliance | null): number {
  if (!compliance) return 4;
  if (compliance.rate === null) return 3;
  return (compliance.compliant ? 1 : 0) + compliance.rate;
}

/** The pickup rate in the words of the client's own commitment box, the excluded Demandes apart. */
function pickupRate(compliance: PickupCompliance | null) {
  if (!compliance) return 'Support non commencé';
  const shown = presentPickupCompliance(compliance);
  return (
    <>
      <span className="block font-semibold">
        {shown.rate === null
          ? 'Pas encore de demande comptée'
          : `${shown.rate} (${compliance.met} sur ${compliance.met + compliance.breached}) : objectif ${compliance.compliant ? 'tenu' : 'non tenu'}`}
      </span>
      <span className="block text-xs text-slate-700">
        {shown.counts}
        {compliance.excluded > 0 && ` ; ${compliance.excluded} retirée${compliance.excluded > 1 ? 's' : ''} du calcul, à part`}
      </span>
    </>
  );
}
