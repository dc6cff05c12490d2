import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MarkTicketRead } from '@/components/notifications/mark-ticket-read';
import { ClockPanel } from '@/components/tickets/clock-panel';
import { MessageForm } from '@/components/tickets/message-form';
import { PickupExclusionNotice } from '@/components/tickets/pickup-exclusion-notice';
import { RequestAsked, RequestOutcome } from '@/components/requests/request-summary';
import { ConsoleTicketActionsPanel, type ConsoleTicketActions, type TypedRequestPanel } from '@/components/tickets/console-ticket-actions';
import { StatusBadge } from '@/components/tickets/status-badge';
import { TicketTypeTag } from '@/components/tickets/ticket-type-tag';
import { TicketDescription } from '@/components/tickets/ticket-description';
import { AttachmentList, TicketTimeline } from '@/components/tickets/ticket-timeline';
import { requireStaff } from '@/lib/auth/session';
import { instantToLocalDateTime } from '@/lib/calendar';
import { formatDateTime, zoneName } from '@/lib/format/french-date';
import { faqDraftSearch } from '@/lib/search-params/faq';
import { explainClockDeadline } from '@/lib/sla';
import {
  describeRequest,
  describeRequestProgress,
  QUALIFICATION_OUTCOME_LABELS,
  requestAnswer,
  requestDetailsOf,
  requestResultWording,
  SEVERITY_LABELS,
} from '@/lib/tickets';
import type { Ticket } from '@/db/schema';
import { getDb } from '@/lib/server/db';
import { availableActions } from '@/lib/server/tickets/available-actions';
import { getTicketView } from '@/lib/server/tickets/get-ticket-view';
import { hasUnreadTicketNotifications } from '@/lib/server/notifications/list-notifications';
import { listStaff } from '@/lib/server/users/list-staff';
import {
  assignAction,
  closeAction,
  commentAction,
  completeRequestAction,
  deliverActionPlanAction,
  deliverRemedyAction,
  excludeFromPickupRatioAction,
  planRequestAction,
  qualifyAction,
  refuseRequestAction,
  reopenAction,
  requalifyAction,
  requestInformationAction,
  resolveAction,
  takeAction,
} from './actions';
import { markTicketReadAction } from '@/app/(auth)/compte/actions';

const ACTIONS: ConsoleTicketActions = {
  take: takeAction,
  assign: assignAction,
  qualify: qualifyAction,
  requalify: requalifyAction,
  requestInformation: requestInformationAction,
  deliverActionPlan: deliverActionPlanAction,
  deliverRemedy: deliverRemedyAction,
  resolve: resolveAction,
  close: closeAction,
  reopen: reopenAction,
  comment: commentAction,
  planRequest: planRequestAction,
  completeRequest: completeRequestAction,
  refuseRequest: refuseRequestAction,
};

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }): Promise<Metadata> {
  return { title: `Demande ${(await params).reference}` };
}

export default async function ConsoleTicketPage({ params }: { params: Promise<{ reference: string }> }) {
  const user = await requireStaff();
  const { reference } = await params;
  const db = await getDb();
  const [view, staff] = await Promise.all([getTicketView(db, { actor: user, reference }), listStaff(db)]);
  if (!view) notFound();
  const { ticket } = view;
  const unread = await hasUnreadTicketNotifications(db, { userId: user.id, ticketId: ticket.id });
  const now = new Date();
  const allowed = [...availableActions(user, ticket, view.clocks, view.organizationTimeZone, now)];
  const explanations = view.clocks.map((clock) => (clock.outcome === 'superseded' ? null : explainClockDeadline(clock, user.timeZone)));
  const creationFiles = view.attachments.filter((file) => file.messageId === null);
  const typed = typedRequestOf(ticket, view.organizationTimeZone, user.timeZone, now);

  return (
    // The aside follows the title: on a phone the deadlines and the actions come right under it;
    // wider, the aside is the right-hand column, beside the description and the history.
    <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[3fr_2fr] lg:grid-rows-[auto_1fr] lg:gap-x-8">
      <div className="lg:col-start-1 lg:row-start-1">
        {unread && <MarkTicketRead ticketId={ticket.id} action={markTicketReadAction} />}
        <p className="text-sm text-slate-700">
          {ticket.reference} · {view.organizationName}
        </p>
        <h1 className="text-2xl font-bold">{ticket.subject}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <TicketTypeTag type={ticket.type} />
          <StatusBadge status={ticket.status} requestStep={ticket.requestStep} />
          {ticket.module} ·{' '}
          {ticket.channel === 'phone'
            ? `appel reçu le ${formatDateTime(ticket.receivedAt, user.timeZone)}, enregistré le ${formatDateTime(ticket.createdAt, user.timeZone)}`
            : `portail · enregistrée ${formatDateTime(ticket.createdAt, user.timeZone)}`}
          {ticket.qualification &&
            ` · ${ticket.severity ? `Anomalie ${SEVERITY_LABELS[ticket.severity].toLowerCase()}` : QUALIFICATION_OUTCOME_LABELS[ticket.qualification]}`}
        </p>
        <p className="text-sm text-slate-700">
          Demandeur : {view.requesterName} ({view.requesterEmail}
          {view.requesterPhone && `, ${view.requesterPhone}`}) · Assignée à : {view.assigneeName ?? 'personne'}
        </p>
      </div>
      <aside className="flex flex-col gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <section aria-labelledby="delais">
          <h2 id="delais" className="mb-3 text-lg font-semibold">
            Délais contractuels
          </h2>
          <div className="flex flex-col gap-2">
            <ClockPanel clocks={view.clocks} now={now} timeZone={user.timeZone} audience="staff" explanations={explanations} />
            {ticket.pickupExcludedAt && ticket.pickupExclusionReason && (
              <PickupExclusionNotice
                excludedAt={ticket.pickupExcludedAt}
                reason={ticket.pickupExclusionReason}
                by={staff.find((member) => member.id === ticket.pickupExcludedById)?.name}
                timeZone={user.timeZone}
              />
            )}
            {user.role === 'support_manager' && !ticket.pickupExcludedAt && (
              <details className="rounded-lg border border-slate-200 bg-white p-4 open:shadow-sm">
                <summary className="cursor-pointer font-semibold">Retirer du calcul des 75 %</summary>
                <p className="mt-2 text-sm text-slate-700">
                  §13 : l’engagement de prise en charge suppose que le client remplit ses obligations (utilisateurs formés, téléassistance). Le client verra le
                  motif.
                </p>
                <div className="mt-3">
                  <MessageForm
                    action={excludeFromPickupRatioAction}
                    schema="pickupExclusion"
                    hidden={{ ticketId: ticket.id, reference: ticket.reference }}
                    field="reason"
                    label="Motif (lu par le client)"
                    hint="Par exemple : téléassistance refusée. Le retrait est définitif et inscrit au journal d’audit."
                    submitLabel="Retirer du calcul des 75 %"
                  />
                </div>
              </details>
            )}
          </div>
        </section>
        <section aria-labelledby="actions">
          <h2 id="actions" className="mb-3 text-lg font-semibold">
            Actions
          </h2>
          <ConsoleTicketActionsPanel
            actions={ACTIONS}
            hidden={{ ticketId: ticket.id, reference: ticket.reference }}
            allowed={allowed}
            staff={staff}
            assigneeId={ticket.assigneeId}
            severity={ticket.severity}
            request={typed?.panel ?? null}
          />
          <Link
            href={faqDraftSearch.href('/console/faq/nouvelle', { ticketReference: ticket.reference })}
            className="mt-4 inline-block text-sm text-brand-800 underline"
          >
            Créer une FAQ à partir de cette demande
          </Link>
        </section>
      </aside>
      <div className="flex flex-col gap-6 lg:col-start-1 lg:row-start-2">
        {typed && <RequestOutcome headingId="etape" title="Étape de la demande" progress={typed.progress} note={typed.note} answer={typed.answer} />}
        <section aria-labelledby="description" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="description" className="mb-3 text-lg font-semibold">
            {typed ? 'Ce que le client a demandé' : 'Ce que le client a envoyé'}
          </h2>
          {typed && typed.asked.length > 0 ? <RequestAsked lines={typed.asked} /> : <TicketDescription ticket={ticket} />}
          {creationFiles.length > 0 && <AttachmentList files={creationFiles} />}
        </section>
        <section aria-labelledby="historique">
          <h2 id="historique" className="mb-3 text-lg font-semibold">
            Historique, réponses et notes internes
          </h2>
          <TicketTimeline view={view} timeZone={user.timeZone} staffView />
        </section>
      </div>
    </div>
  );
}

/**
 * A typed request (§7, §11) as staff read it: its step in their zone, what was asked with the
 * instants in the organization's zone (named when it is not theirs), and its own forms; null for
 * an ordinary Demande.
 */
function typedRequestOf(ticket: Ticket, organizationZone: string, staffZone: string, now: Date) {
  if (ticket.type === 'standard' || ticket.requestStep === null) return null;
  const details = requestDetailsOf(ticket.requestDetails);
  const elsewhere = organizationZone !== staffZone;
  const request = { ...ticket, type: ticket.type, requestStep: ticket.requestStep };
  const progress = describeRequestProgress(request, staffZone);
  const panel: TypedRequestPanel = {
    planned: ticket.requestStep === 'planned',
    planMin: instantToLocalDateTime(now, staffZone),
    zoneHint: elsewhere ? `À l’${zoneName(staffZone)} ; le client la lira à l’${zoneName(organizationZone)}.` : `À l’${zoneName(staffZone)}.`,
    result: requestResultWording(ticket.type, details),
  };
  return {
    progress,
    note:
      elsewhere && ticket.requestStep === 'planned' && ticket.requestPlannedFor
        ? `Soit le ${formatDateTime(ticket.requestPlannedFor, organizationZone, { showZone: true })} pour le client.`
        : null,
    answer: requestAnswer(request, details),
    asked: details ? describeRequest(details, organizationZone, { showZone: elsewhere }) : [],
    panel,
  };
}
