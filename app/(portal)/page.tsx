import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LatestAnnouncements } from '@/components/announcements/latest-announcements';
import { FaqSearchBox } from '@/components/faq/faq-search-box';
import { ContractSummary } from '@/components/organizations/contract-summary';
import { PickupCommitment } from '@/components/tickets/pickup-commitment';
import { PortalTicketList } from '@/components/tickets/portal-ticket-list';
import { SupportContact } from '@/components/support/support-contact';
import { YourTurnBadge } from '@/components/tickets/your-turn-badge';
import { getPickupCompliance } from '@/lib/server/sla/get-pickup-compliance';
import { buttonClasses } from '@/components/ui/button';
import { requireClient } from '@/lib/auth/session';
import { OPEN_PORTAL_STATUSES, portalTicketSearch } from '@/lib/search-params/portal-tickets';
import { getDb } from '@/lib/server/db';
import { getOrganizationOverview } from '@/lib/server/organizations/get-organization-overview';
import { getSupportSuspension } from '@/lib/server/organizations/get-support-suspension';
import { SupportSuspendedBanner } from '@/components/accounts/support-suspended-banner';
import { listPortalTickets } from '@/lib/server/tickets/list-portal-tickets';
import { listAnnouncements } from '@/lib/server/announcements/list-announcements';
import { getSupportSettings } from '@/lib/server/support/get-support-settings';

export const metadata: Metadata = { title: 'Accueil' };

export default async function PortalHomePage() {
  const user = await requireClient();
  const db = await getDb();
  const now = new Date();
  const [overview, open, suspension, compliance, announcements, support, waiting] = await Promise.all([
    getOrganizationOverview(db, { organizationId: user.organizationId }),
    listPortalTickets(db, user, { status: [...OPEN_PORTAL_STATUSES] }),
    getSupportSuspension(db, user.organizationId),
    getPickupCompliance(db, { organizationId: user.organizationId }),
    listAnnouncements(db, { actor: user }),
    getSupportSettings(db),
    listPortalTickets(db, user, { status: ['waiting_client'] }),
  ]);
  if (!overview) notFound();
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Bonjour {user.name}</h1>
          <p className="text-slate-700">Espace support de la {overview.name}.</p>
        </div>
        {!suspension && (
          <Link href="/demandes/nouvelle" className={buttonClasses('primary')}>
            Nouvelle demande
          </Link>
        )}
      </div>
      {suspension && <SupportSuspendedBanner reason={suspension.reason} />}
      {waiting.total > 0 && (
        <section aria-labelledby="a-vous" className="rounded-lg border-2 border-amber-500 bg-amber-50 p-6">
          <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="a-vous" className="text-lg font-semibold">
              À vous de répondre ({waiting.total})
            </h2>
            <Link href={portalTicketSearch.href('/demandes', { status: 'waiting_client' })} className="text-sm text-brand-800 underline">
              Voir ces demandes
            </Link>
          </div>
          <p className="mb-2 text-sm">Le support attend votre réponse pour poursuivre ; son délai est en pause jusqu’à votre réponse.</p>
          <ul className="flex flex-col gap-1">
            {waiting.rows.map((row) => (
              <li key={row.id} className="flex flex-wrap items-baseline gap-2">
                <Link href={`/demandes/${row.reference}`} className="font-semibold break-words text-brand-800 underline">
                  {row.reference} — {row.subject}
                </Link>
                <YourTurnBadge />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="en-cours" className="rounded-lg border border-slate-200 bg-white p-6">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="en-cours" className="text-lg font-semibold">
            Demandes en cours ({open.total})
          </h2>
          <Link href={portalTicketSearch.href('/demandes', { status: 'open' })} className="text-sm text-brand-800 underline">
            Voir toutes les demandes
          </Link>
        </div>
        <PortalTicketList rows={open.rows} timeZone={overview.timeZone} now={now} empty="Aucune demande en cours." />
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <LatestAnnouncements announcements={announcements.announcements} timeZone={announcements.timeZone} now={now} />
        <section aria-labelledby="faq" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="faq" className="mb-3 text-lg font-semibold">
            Une question ? La FAQ a peut-être la réponse
          </h2>
          <FaqSearchBox />
        </section>
      </div>
      <section aria-labelledby="joindre" className="rounded-lg border border-slate-200 bg-white p-6">
        <SupportContact headingId="joindre" calendar={support.calendar} phone={support.phone} timeZone={overview.timeZone} now={now} />
      </section>
      {compliance && (
        <section aria-labelledby="engagement" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="engagement" className="mb-2 text-lg font-semibold">
            Engagement de prise en charge
          </h2>
          <PickupCommitment compliance={compliance} />
        </section>
      )}
      <section aria-labelledby="contrat" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="contrat" className="mb-4 text-lg font-semibold">
          Votre contrat
        </h2>
        <ContractSummary {...overview} />
      </section>
    </div>
  );
}
