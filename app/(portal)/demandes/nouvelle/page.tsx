import type { Metadata } from 'next';
import { requireClient } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { getContractModules } from '@/lib/server/organizations/get-contract-modules';
import { getSupportSuspension } from '@/lib/server/organizations/get-support-suspension';
import { SupportSuspendedBanner } from '@/components/accounts/support-suspended-banner';
import { TypedRequestLinks } from '@/components/requests/typed-request-links';
import { NewTicketForm } from '@/components/tickets/new-ticket-form';
import { SupportContact } from '@/components/support/support-contact';
import { getSupportSettings } from '@/lib/server/support/get-support-settings';
import { createTicketAction } from '../actions';

export const metadata: Metadata = { title: 'Nouvelle demande' };

export default async function NewTicketPage() {
  const user = await requireClient();
  const db = await getDb();
  const suspension = await getSupportSuspension(db, user.organizationId);
  if (suspension) {
    return (
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <h1 className="text-2xl font-bold">Nouvelle demande</h1>
        <SupportSuspendedBanner reason={suspension.reason} />
      </div>
    );
  }
  const [modules, support] = await Promise.all([getContractModules(db, user.organizationId), getSupportSettings(db)]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Nouvelle demande</h1>
        <p className="text-slate-700">
          Décrivez précisément la situation : le support pourra la reproduire et la qualifier plus vite. Les champs marqués « (obligatoire) » doivent être
          remplis.
        </p>
      </div>
      {user.role === 'client_admin' && <TypedRequestLinks />}
      <NewTicketForm action={createTicketAction} modules={modules} userId={user.id} defaultPhone={user.phone ?? ''} />
      <section aria-labelledby="joindre" className="rounded-lg border border-slate-200 bg-white p-5">
        <SupportContact headingId="joindre" calendar={support.calendar} phone={support.phone} timeZone={user.timeZone} now={new Date()} />
      </section>
    </div>
  );
}
