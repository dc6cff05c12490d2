import type { Metadata } from 'next';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { requireStaff } from '@/lib/auth/session';
import { formatDate, zoneName } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { listOrganizations } from '@/lib/server/organizations/list-organizations';
import { getPickupCompliance } from '@/lib/server/sla/get-pickup-compliance';
import { presentPickupCompliance, type PickupCompliance } from '@/lib/sla';

export const metadata: Metadata = { title: 'Console' };

export default async function ConsoleHomePage() {
  const user = await requireStaff();
  const db = await getDb();
  const organizations = await listOrganizations(db);
  // §13: each client's pickup rate over its current contract period (a handful of clients: one query each).
  const compliance = await Promise.all(organizations.map((organization) => getPickupCompliance(db, { organizationId: organization.id })));
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Console du support</h1>
        <p className="text-slate-700">Bonjour {user.name}.</p>
      </div>
      <section aria-labelledby="clients" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="clients" className="mb-4 text-lg font-semibold">
          Collectivités clientes
        </h2>
        <Table columns={['Collectivité', 'Modules', 'Utilisateurs actifs', 'Support depuis le', 'Fuseau', 'Prise en charge en 8 h ouvrées (objectif 75 %)']}>
          {organizations.map((organization, index) => (
            <Row key={organization.id}>
              <RowHeader>{organization.name}</RowHeader>
              <Cell>{organization.modules.join(', ')}</Cell>
              <Cell>
                {organization.activeUsers} / {organization.namedUserLimit}
              </Cell>
              <Cell>{formatDate(organization.supportStartDate)}</Cell>
              <Cell>{zoneName(organization.timeZone)}</Cell>
              <Cell>{pickupRate(compliance[index] ?? null)}</Cell>
            </Row>
          ))}
        </Table>
      </section>
    </div>
  );
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
