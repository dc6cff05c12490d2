import type { Metadata } from 'next';
import { retryEmailAction, saveAtRiskAction, saveCalendarAction, saveContactAction, staffTotpAction } from './actions';
import { AtRiskForm } from '@/components/console/at-risk-form';
import { CalendarEditor } from '@/components/console/calendar-editor';
import { OutboxPanel } from '@/components/console/outbox-panel';
import { StaffTotpForm } from '@/components/console/staff-totp-form';
import { SupportContactForm } from '@/components/console/support-contact-form';
import { getSupportSettingsFlags } from '@/lib/server/accounts/staff-totp-required';
import { requireRole } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { getOutboxOverview } from '@/lib/server/support/get-outbox-overview';
import { getSupportSettingsRecord } from '@/lib/server/support/get-support-settings-record';
import { describeSupportHours } from '@/lib/support/support-hours';

export const metadata: Metadata = { title: 'Paramètres du support' };

/** The support manager's settings: opening hours, the at-risk threshold, the email outbox. */
export default async function SupportSettingsPage() {
  const user = await requireRole('support_manager');
  const db = await getDb();
  const [settings, outbox, flags] = await Promise.all([getSupportSettingsRecord(db), getOutboxOverview(db, { actor: user }), getSupportSettingsFlags(db)]);
  const now = new Date();
  const hours = describeSupportHours(settings.calendar, user.timeZone, now);

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">Paramètres du support</h1>
        <p className="text-slate-700">
          {settings.updatedAt
            ? `Dernière modification ${formatDateTime(settings.updatedAt, user.timeZone)}${settings.updatedByName ? ` par ${settings.updatedByName}` : ''}.`
            : `Les réglages par défaut s’appliquent. ${hours.sentence}`}
        </p>
      </div>

      <section aria-labelledby="horaires" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="horaires" className="text-lg font-semibold">
          Horaires du support
        </h2>
        <p className="mb-4 text-sm text-slate-700">
          Les délais contractuels se comptent en heures ouvrées sur ces horaires. Une modification vaut pour les demandes enregistrées ensuite : les échéances
          déjà calculées ne changent pas.
        </p>
        <CalendarEditor action={saveCalendarAction} initial={settings.calendar} now={now.toISOString()} />
      </section>

      <section aria-labelledby="contact" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="contact" className="text-lg font-semibold">
          Téléphone et relances
        </h2>
        <p className="mb-4 text-sm text-slate-700">
          Sur le portail, les clients lisent : « {hours.sentence}
          {settings.phone ? ` Téléphone : ${settings.phone}.` : ''} »{settings.phone ? '' : ' Aucun numéro de téléphone n’est affiché.'}
        </p>
        <SupportContactForm action={saveContactAction} phone={settings.phone} waitingReminderBusinessDays={settings.waitingReminderBusinessDays} />
      </section>

      <section aria-labelledby="seuil" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="seuil" className="mb-4 text-lg font-semibold">
          Seuil « à risque »
        </h2>
        <AtRiskForm action={saveAtRiskAction} percent={Math.round(settings.atRiskRatio * 100)} />
      </section>

      <section aria-labelledby="securite" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="securite" className="mb-4 text-lg font-semibold">
          Sécurité des comptes du support
        </h2>
        <StaffTotpForm action={staffTotpAction} required={flags.requireStaffTotp} />
      </section>

      <section aria-labelledby="courriels" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="courriels" className="mb-4 text-lg font-semibold">
          File d’envoi des courriels
        </h2>
        <OutboxPanel retryEmailAction={retryEmailAction} overview={outbox} timeZone={user.timeZone} />
      </section>
    </div>
  );
}
