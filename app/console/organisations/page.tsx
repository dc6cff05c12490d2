import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { requireRole } from '@/lib/auth/session';
import { zoneName } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { listOrganizations } from '@/lib/server/organizations/list-organizations';

export const metadata: Metadata = { title: 'Collectivités' };

export default async function OrganizationsPage() {
  await requireRole('support_manager');
  const organizations = await listOrganizations(await getDb());
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Collectivités</h1>
        <Link href="/console/organisations/nouvelle" className={buttonClasses('primary')}>
          Nouvelle collectivité
        </Link>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <Table caption="Collectivités clientes" captionStyle="hidden" columns={['Collectivité', 'Fuseau', 'Modules', 'Utilisateurs actifs', 'Support']}>
          {organizations.map((organization) => (
            <Row key={organization.id}>
              <RowHeader>
                <Link href={`/console/organisations/${organization.id}`} className="text-brand-800 underline">
                  {organization.name}
                </Link>
              </RowHeader>
              <Cell>{zoneName(organization.timeZone)}</Cell>
              <Cell>{organization.modules.join(', ')}</Cell>
              <Cell>
                {organization.activeUsers} sur {organization.namedUserLimit}
              </Cell>
              <Cell>{organization.supportSuspendedAt ? 'Suspendu' : 'Fourni'}</Cell>
            </Row>
          ))}
        </Table>
      </div>
    </div>
  );
}
