import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button';
import { requireClient } from '@/lib/auth/session';
import { presentClock } from '@/lib/sla';
import { getDb } from '@/lib/server/db';
import { getTicketView } from '@/lib/server/tickets/get-ticket-view';
import { getSupportSettings } from '@/lib/server/support/get-support-settings';
import { SupportContact } from '@/components/support/support-contact';
import { ClearDraft } from '@/components/tickets/clear-draft';

export const metadata: Metadata = { title: 'Demande enregistrée' };

export default async function TicketConfirmationPage({ params }: { params: Promise<{ reference: string }> }) {
  const user = await requireClient();
  const { reference } = await params;
  const db = await getDb();
  const [view, support] = await Promise.all([getTicketView(db, { actor: user, reference }), getSupportSettings(db)]);
  if (!view) notFound();
  const now = new Date();
  const pickup = view.clocks.find((clock) => clock.kind === 'pickup');
  const shown = pickup ? presentClock(pickup, now, view.organizationTimeZone, 'client') : null;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 rounded-lg border border-green-200 bg-white p-8">
      <ClearDraft userId={user.id} />
      <h1 className="text-2xl font-bold text-green-900">Votre demande est enregistrée</h1>
      <p className="text-lg">
        Référence : <strong>{view.ticket.reference}</strong>
      </p>
      <p>« {view.ticket.subject} »</p>
      <div role="status" className="rounded-md bg-green-50 px-4 py-3 text-green-900">
        <p>Un accusé de réception vous a été envoyé par courriel à {user.email}.</p>
        {shown && <p className="font-semibold">Engagement du support : {shown.commitment}.</p>}
      </div>
      <section aria-labelledby="joindre" className="rounded-md border border-slate-200 p-4">
        <SupportContact headingId="joindre" calendar={support.calendar} phone={support.phone} timeZone={view.organizationTimeZone} now={now} />
      </section>
      <div className="flex flex-wrap gap-3">
        <Link href={`/demandes/${view.ticket.reference}`} className={buttonClasses('primary')}>
          Suivre la demande
        </Link>
        <Link href="/demandes" className={buttonClasses('secondary')}>
          Toutes les demandes
        </Link>
      </div>
    </div>
  );
}
