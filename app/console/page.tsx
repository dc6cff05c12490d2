import type { Metadata } from 'next';
import { requireStaff } from '@/lib/auth/session';
import { formatDate, zoneName } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { listOrganizations } from '@/lib/server/organizations/list-organizations';

export const metadata: Metadata = { title: 'Console' };

export default async function ConsoleHomePage() {
  const user = await requireStaff();
  const organizations = await listOrganizations(await getDb());
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
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-4">Collectivité</th>
                <th scope="col" className="py-2 pr-4">Modules</th>
                <th scope="col" className="py-2 pr-4">Utilisateurs actifs</th>
                <th scope="col" className="py-2 pr-4">Support depuis le</th>
                <th scope="col" className="py-2">Fuseau</th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((organization) => (
                <tr key={organization.id} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-4 font-medium">{organization.name}</th>
                  <td className="py-2 pr-4">{organization.modules.join(', ')}</td>
                  <td className="py-2 pr-4">
                    {organization.activeUsers} / {organization.namedUserLimit}
                  </td>
                  <td className="py-2 pr-4">{formatDate(organization.supportStartDate)}</td>
                  <td className="py-2">{zoneName(organization.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
