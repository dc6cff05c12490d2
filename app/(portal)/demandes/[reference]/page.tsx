import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RequestAsked, RequestOutcome } from '@/components/requests/request-summary';
import { MarkTicketRead } from '@/components/notifications/mark-ticket-read';
import { ClockPanel } from '@/components/tickets/clock-panel';
import { PickupExclusionNotice } from '@/components/tickets/pickup-exclusion-notice';
import { ConfirmActionButton } from '@/components/tickets/confirm-action-button';
import { MessageForm } from '@/components/tickets/message-form';
import { StatusBadge } from '@/components/tickets/status-badge';
import { TicketTypeTag } from '@/components/tickets/ticket-type-tag';
import { AttachmentList, TicketTimeline } from '@/components/tickets/ticket-timeline';
import { TicketDescription } from '@/components/tickets/ticket-description';
import { TicketFollowUp } from '@/components/tickets/ticket-follow-up';
import { requireClient } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/french-date';
import {
  awaitedQuestion,
  CLIENT_REOPEN_DELAY_DAYS,
  clientReopenDeadline,
  describeRequest,
  describeRequestProgress,
  requestAnswer,
  requestDetailsOf,
  requestStateOf,
  TICKET_TYPE_LABELS,
  type RequestState,
} from '@/lib/tickets';
import type { Ticket } from '@/db/schema';
import { getDb } from '@/lib/server/db';
import { availableActions } from '@/lib/server/tickets/available-actions';
import { getTicketView } from '@/lib/server/tickets/get-ticket-view';
import { hasUnreadTicketNotifications } from '@/lib/server/notifications/list-notifications';
import { markTicketReadAction } from '@/app/(auth)/compte/actions';
import { cancelAction, closeAction, provideInformationAction, reopenAction, replyAction } from '../actions';

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }): Promise<Metadata> {
  return { title: `Demande ${(await params).reference}` };
}

export default async function PortalTicketPage({ params }: { params: Promise<{ reference: string }> }) {
  const user = await requireClient();
  const { reference } = await params;
  const db = await getDb();
  const view = await getTicketView(db, { actor: user, reference });
  if (!view) notFound();
  const { ticket } = view;
  const unread = await hasUnreadTicketNotifications(db, { userId: user.id, ticketId: ticket.id });
  const now = new Date();
  const zone = view.organizationTimeZone;
  const actions = availableActions(user, ticket, view.clocks, zone, now);
  const hidden = { ticketId: ticket.id, reference: ticket.reference };
  const creationFiles = view.attachments.filter((file) => file.messageId === null);
  const question = awaitedQuestion(view.messages, ticket.waitingSince);
  const typed = typedRequestOf(ticket, zone);

  return (
    // The aside follows the title: on a phone the deadlines come right under it; wider, the aside
    // is the right-hand column, beside the rest.
    <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[2fr_1fr] lg:grid-rows-[auto_1fr] lg:gap-x-8">
      <div className="lg:col-start-1 lg:row-start-1">
        {unread && <MarkTicketRead ticketId={ticket.id} action={markTicketReadAction} />}
        <p className="text-sm text-slate-700">{ticket.reference}</p>
        <h1 className="text-2xl font-bold">{ticket.subject}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <TicketTypeTag type={ticket.type} />
          <StatusBadge status={ticket.status} requestStep={ticket.requestStep} /> {ticket.module} ·{' '}
          {ticket.channel === 'phone'
            ? `appel reçu le ${formatDateTime(ticket.receivedAt, zone)}, enregistré pour ${view.requesterName}`
            : `enregistrée ${formatDateTime(ticket.createdAt, zone)} par ${view.requesterName}`}
        </p>
        <TicketFollowUp assigneeName={view.assigneeName} qualification={ticket.qualification} severity={ticket.severity} />
      </div>

      <aside className="flex flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <section aria-labelledby="delais">
          <h2 id="delais" className="mb-3 text-lg font-semibold">
            Délais du support
          </h2>
          <div className="flex flex-col gap-2">
            <ClockPanel clocks={view.clocks} now={now} timeZone={zone} audience="client" />
            {ticket.pickupExcludedAt && ticket.pickupExclusionReason && (
              <PickupExclusionNotice excludedAt={ticket.pickupExcludedAt} reason={ticket.pickupExclusionReason} timeZone={zone} />
            )}
          </div>
        </section>
        {(actions.has('close') || actions.has('reopen') || actions.has('cancel')) && (
          <section aria-labelledby="actions" className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="actions" className="text-lg font-semibold">
              Actions
            </h2>
            {actions.has('close') && (
              <ConfirmActionButton
                action={closeAction}
                hidden={hidden}
                label={typed ? 'Clôturer la demande' : 'Accepter la résolution et clôturer'}
                variant="primary"
              />
            )}
            {actions.has('reopen') && ticket.resolvedAt && (
              <MessageForm
                action={reopenAction}
                schema="reopen"
                hidden={hidden}
                field="reason"
                label={typed ? 'Rouvrir la demande' : 'Le problème persiste ? Rouvrir la demande'}
                hint={`Possible jusqu’au ${formatDateTime(clientReopenDeadline(ticket.resolvedAt, zone), zone)} (${CLIENT_REOPEN_DELAY_DAYS} jours après la résolution).`}
                submitLabel="Rouvrir"
              />
            )}
            {actions.has('cancel') && (
              <ConfirmActionButton action={cancelAction} hidden={hidden} label="Annuler la demande" confirm="Annuler cette demande ?" />
            )}
          </section>
        )}
      </aside>
      <div className="flex flex-col gap-6 lg:col-start-1 lg:row-start-2">
        {actions.has('provide_information') && (
          <section aria-labelledby="informations" className="rounded-lg border-2 border-amber-500 bg-amber-50 p-5">
            <h2 id="informations" className="mb-1 text-lg font-semibold">
              À vous de répondre
            </h2>
            {question && (
              <figure className="mb-3 rounded-md border border-amber-300 bg-white p-3 text-sm">
                <figcaption className="mb-1 font-semibold">
                  Question de {question.authorName}, le {formatDateTime(question.createdAt, zone)} :
                </figcaption>
                <blockquote className="break-words whitespace-pre-wrap" data-awaited-question>
                  {question.body}
                </blockquote>
              </figure>
            )}
            <p className="mb-3 text-sm">Le délai du support est en pause jusqu’à votre réponse ; il reprendra dès son envoi.</p>
            <MessageForm
              action={provideInformationAction}
              schema="provideInformation"
              hidden={hidden}
              field="answer"
              label="Votre réponse"
              submitLabel="Envoyer les informations"
              withAttachments
            />
          </section>
        )}

        {typed && (
          <RequestOutcome
            headingId="etape"
            title={`Votre demande de ${TICKET_TYPE_LABELS[typed.type].toLowerCase()}`}
            progress={typed.progress}
            note={typed.note}
            answer={typed.answer}
          />
        )}

        <section aria-labelledby="description" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="description" className="mb-3 text-lg font-semibold">
            {typed ? 'Ce que vous avez demandé' : 'Description'}
          </h2>
          {typed && typed.asked.length > 0 ? <RequestAsked lines={typed.asked} /> : <TicketDescription ticket={ticket} />}
          {creationFiles.length > 0 && <AttachmentList files={creationFiles} />}
        </section>

        <section aria-labelledby="historique">
          <h2 id="historique" className="mb-3 text-lg font-semibold">
            Historique
          </h2>
          <TicketTimeline view={view} timeZone={zone} staffView={false} />
        </section>

        {actions.has('comment') && !actions.has('provide_information') && (
          <section aria-labelledby="repondre" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="repondre" className="mb-3 text-lg font-semibold">
              Répondre
            </h2>
            <MessageForm action={replyAction} schema="reply" hidden={hidden} field="body" label="Votre message" submitLabel="Envoyer" withAttachments />
          </section>
        )}
      </div>
    </div>
  );
}

/** What the administrator reads while waiting: the step, then the support's answer. */
const CLIENT_NOTES: Readonly<Record<RequestState, string | null>> = {
  requested: 'Le support vous indiquera la date prévue. Vous êtes prévenu à chaque étape, ainsi que les administrateurs de la collectivité.',
  planned: 'Vous serez prévenu dès qu’elle sera réalisée.',
  done: null,
  refused: null,
  waiting_client: 'Le support attend votre réponse pour poursuivre.',
  cancelled: null,
};

/** A typed request (§7, §11) in the organization's zone: its step, its answer, what was asked; null for an ordinary Demande. */
function typedRequestOf(ticket: Ticket, zone: string) {
  if (ticket.type === 'standard' || ticket.requestStep === null) return null;
  const details = requestDetailsOf(ticket.requestDetails);
  const request = { ...ticket, type: ticket.type, requestStep: ticket.requestStep };
  return {
    type: ticket.type,
    progress: describeRequestProgress(request, zone),
    note: CLIENT_NOTES[requestStateOf(ticket.status, ticket.requestStep)],
    answer: requestAnswer(request, details),
    asked: details ? describeRequest(details, zone) : [],
  };
}
