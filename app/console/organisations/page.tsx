import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { requireRole } from '@/lib/auth/session';
import { zoneName } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { listOrganizations } from '@/lib/server/organizations/list-organizations';

export const metadata: Metadata = { title: 'Organisations' };

export default async function OrganizationsPage() {
  await requireRole('support_manager');
  const organizations = await listOrganizations(await getDb());
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Organisations</h1>
        <Link href="/console/organisations/nouvelle" className={buttonClasses('primary')}>
          Nouvelle collectivité
        </Link>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-6">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Collectivités clientes</caption>
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="py-2 pr-4">
                Collectivité
              </th>
              <th scope="col" className="py-2 pr-4">
                Fuseau
              </th>
              <th scope="col" className="py-2 pr-4">
                Modules
              </th>
              <th scope="col" className="py-2 pr-4">
                Utilisateurs actifs
              </th>
              <th scope="col" className="py-2">
                Support
              </th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((organization) => (
              <tr key={organization.id} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-medium">
                  <Link href={`/console/organisations/${organization.id}`} className="text-brand-800 underline">
                    {organization.name}
                  </Link>
                </th>
                <td className="py-2 pr-4">{zoneName(organization.timeZone)}</td>
                <td className="py-2 pr-4">{organization.modules.join(', ')}</td>
                <td className="py-2 pr-4">
                  {organization.activeUsers} sur {organization.namedUserLimit}
                </td>
                <td className="py-2">{organization.supportSuspendedAt ? 'Suspendu' : 'Fourni'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
