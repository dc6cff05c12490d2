import type { Metadata } from 'next';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { requireStaff } from '@/lib/auth/session';
import { formatDate, zoneName } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { listOrganizations } from '@/lib/server/organizations/list-organizations';
import { getPickupCompliance } from '@/lib/server/sla/get-pickup-compliance';
import type { PickupCompliance } from '@/lib/sla';

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

function pickupRate(compliance: PickupCompliance | null): string {
  if (!compliance) return 'support non commencé';
  if (compliance.rate === null) return 'aucune demande décidée';
  const percent = Math.round(compliance.rate * 1000) / 10;
  return `${percent} % (${compliance.met}/${compliance.met + compliance.breached}) — ${compliance.compliant ? 'tenu' : 'non tenu'}`;
}
