import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button';
import { requireClient } from '@/lib/auth/session';
import { deadlinePhrase } from '@/lib/format/deadline';
import { getDb } from '@/lib/server/db';
import { getTicketView } from '@/lib/server/tickets/get-ticket-view';
import { ClearDraft } from '@/components/tickets/clear-draft';

export const metadata: Metadata = { title: 'Demande enregistrée' };

export default async function TicketConfirmationPage({ params }: { params: Promise<{ reference: string }> }) {
  const user = await requireClient();
  const { reference } = await params;
  const view = await getTicketView(await getDb(), { actor: user, reference });
  if (!view) notFound();
  const pickup = view.clocks.find((clock) => clock.kind === 'pickup');
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
        {pickup && <p className="font-semibold">Engagement du support : {deadlinePhrase('pickup', pickup.dueAt, view.organizationTimeZone)}.</p>}
      </div>
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
