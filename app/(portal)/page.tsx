import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContractSummary } from '@/components/organizations/contract-summary';
import { requireClient } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { getOrganizationOverview } from '@/lib/server/organizations/get-organization-overview';

export const metadata: Metadata = { title: 'Accueil' };

export default async function PortalHomePage() {
  const user = await requireClient();
  const overview = await getOrganizationOverview(await getDb(), { organizationId: user.organizationId });
  if (!overview) notFound();
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">Bonjour {user.name}</h1>
        <p className="text-slate-700">Espace support de la {overview.name}.</p>
      </div>
      <section aria-labelledby="contrat" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="contrat" className="mb-4 text-lg font-semibold">
          Votre contrat
        </h2>
        <ContractSummary {...overview} />
      </section>
    </div>
  );
}
