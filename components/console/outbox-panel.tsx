import { formatDateTime } from '@/lib/format/french-date';
import type { getOutboxOverview } from '@/lib/server/support/get-outbox-overview';
import { RetryEmailButton } from './retry-email-button';

type Overview = Awaited<ReturnType<typeof getOutboxOverview>>;
type Email = Overview['latest'][number];

const STATUS_LABELS: Record<Email['status'], string> = { sent: 'Envoyé', pending: 'En attente', failed: 'En échec' };
const STATUS_TONES: Record<Email['status'], string> = {
  sent: 'bg-green-100 text-green-900',
  pending: 'bg-amber-100 text-amber-900',
  failed: 'bg-red-100 text-red-900',
};

/** The email outbox for managers: totals, failures to retry, the latest messages. */
export function OutboxPanel({ overview, timeZone }: { overview: Overview; timeZone: string }) {
  const { counts } = overview;
  return (
    <div className="flex flex-col gap-6">
      <dl className="grid grid-cols-3 gap-3 text-center">
        {(
          [
            ['Envoyés', counts.sent],
            ['En attente', counts.pending],
            ['En échec', counts.failed],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-md border border-slate-200 px-3 py-2">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="text-2xl font-bold">{value}</dd>
          </div>
        ))}
      </dl>
      {overview.failed.length > 0 && <EmailTable caption="Courriels en échec, à réessayer" emails={overview.failed} timeZone={timeZone} />}
      <EmailTable caption="Derniers courriels" emails={overview.latest} timeZone={timeZone} />
    </div>
  );
}

function EmailTable({ caption, emails, timeZone }: { caption: string; emails: Email[]; timeZone: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-semibold text-slate-800">{caption}</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Destinataire
            </th>
            <th scope="col" className="py-2 pr-3">
              Objet
            </th>
            <th scope="col" className="py-2 pr-3">
              Statut
            </th>
            <th scope="col" className="py-2 pr-3">
              Tentatives
            </th>
            <th scope="col" className="py-2 pr-3">
              Dernière erreur
            </th>
            <th scope="col" className="py-2 pr-3">
              Prochain essai
            </th>
            <th scope="col" className="py-2">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {emails.length === 0 && (
            <tr>
              <td colSpan={7} className="py-4 text-center text-slate-700">
                Aucun courriel.
              </td>
            </tr>
          )}
          {emails.map((email) => (
            <tr key={email.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="break-all py-2 pr-3 font-medium">
                {email.toAddress}
              </th>
              <td className="py-2 pr-3">{email.subject}</td>
              <td className="py-2 pr-3">
                <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONES[email.status]}`}>
                  {STATUS_LABELS[email.status]}
                </span>
              </td>
              <td className="py-2 pr-3">{email.attempts}</td>
              <td className="max-w-xs break-words py-2 pr-3 text-slate-700">{email.lastError ?? '—'}</td>
              <td className="py-2 pr-3">{email.status === 'pending' ? formatDateTime(email.nextAttemptAt, timeZone) : '—'}</td>
              <td className="py-2">{email.status === 'failed' ? <RetryEmailButton emailId={email.id} recipient={email.toAddress} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
