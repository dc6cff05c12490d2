import type { Metadata } from 'next';
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
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  Collectivité
                </th>
                <th scope="col" className="py-2 pr-4">
                  Modules
                </th>
                <th scope="col" className="py-2 pr-4">
                  Utilisateurs actifs
                </th>
                <th scope="col" className="py-2 pr-4">
                  Support depuis le
                </th>
                <th scope="col" className="py-2 pr-4">
                  Fuseau
                </th>
                <th scope="col" className="py-2">
                  Prise en charge en 8 h ouvrées (objectif 75 %)
                </th>
              </tr>
            </thead>
            <tbody>
              {organizations.map((organization, index) => (
                <tr key={organization.id} className="border-b border-slate-100">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {organization.name}
                  </th>
                  <td className="py-2 pr-4">{organization.modules.join(', ')}</td>
                  <td className="py-2 pr-4">
                    {organization.activeUsers} / {organization.namedUserLimit}
                  </td>
                  <td className="py-2 pr-4">{formatDate(organization.supportStartDate)}</td>
                  <td className="py-2 pr-4">{zoneName(organization.timeZone)}</td>
                  <td className="py-2">{pickupRate(compliance[index] ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
