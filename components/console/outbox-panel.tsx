import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { formatDateTime } from '@/lib/format/french-date';
import type { getOutboxOverview } from '@/lib/server/support/get-outbox-overview';
import { EMAIL_STATUS_LABELS } from '@/lib/email/email-statuses';
import type { FormAction } from '@/lib/forms/action-state';
import { RetryEmailButton } from './retry-email-button';

type Overview = Awaited<ReturnType<typeof getOutboxOverview>>;
type Email = Overview['latest'][number];

const STATUS_TONES: Record<Email['status'], string> = {
  sent: 'bg-green-100 text-green-900',
  pending: 'bg-amber-100 text-amber-900',
  failed: 'bg-red-100 text-red-900',
};

/** The email outbox for managers: totals, failures to retry, the latest messages. */
export function OutboxPanel({ overview, timeZone, retryEmailAction }: { overview: Overview; timeZone: string; retryEmailAction: FormAction }) {
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
      {overview.failed.length > 0 && (
        <EmailTable caption="Courriels en échec, à réessayer" emails={overview.failed} timeZone={timeZone} retryEmailAction={retryEmailAction} />
      )}
      <EmailTable caption="Derniers courriels" emails={overview.latest} timeZone={timeZone} retryEmailAction={retryEmailAction} />
    </div>
  );
}

function EmailTable({ caption, emails, timeZone, retryEmailAction }: { caption: string; emails: Email[]; timeZone: string; retryEmailAction: FormAction }) {
  return (
    <Table
      caption={caption}
      columns={['Destinataire', 'Objet', 'Statut', 'Tentatives', 'Dernière erreur', 'Prochain essai', 'Action']}
      empty={emails.length === 0 && 'Aucun courriel.'}
    >
      {emails.map((email) => (
        <Row key={email.id}>
          <RowHeader className="break-all">{email.toAddress}</RowHeader>
          <Cell>{email.subject}</Cell>
          <Cell>
            <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONES[email.status]}`}>
              {EMAIL_STATUS_LABELS[email.status]}
            </span>
          </Cell>
          <Cell>{email.attempts}</Cell>
          <Cell className="max-w-xs break-words text-slate-700">{email.lastError ?? '—'}</Cell>
          <Cell>{email.status === 'pending' ? formatDateTime(email.nextAttemptAt, timeZone) : '—'}</Cell>
          <Cell>{email.status === 'failed' ? <RetryEmailButton action={retryEmailAction} emailId={email.id} recipient={email.toAddress} /> : null}</Cell>
        </Row>
      ))}
    </Table>
  );
}
