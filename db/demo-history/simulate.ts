import { createHash } from 'node:crypto';
import type { Role } from '@/lib/accounts/roles';
import { isStaff } from '@/lib/accounts/roles';
import { addBusinessTime, type BusinessCalendar } from '@/lib/calendar';
import { renderEmail } from '@/lib/email/render-email';
import { formatDeadline } from '@/lib/format/french-date';
import { applyClockEffects, CLOCK_KIND_LABELS, describeClock, remedyCalendar, type Clock, type ClockEffect, type Severity } from '@/lib/sla';
import {
  actorContextOf,
  can,
  clientReopenDeadline,
  CLIENT_REOPEN_DELAY_DAYS,
  QUALIFICATION_OUTCOME_LABELS,
  REMEDY_KIND_LABELS,
  registerTicket,
  requestDetailsOf,
  requestStepNotice,
  SEVERITY_LABELS,
  STATUSES_BEFORE_WAITING,
  transition,
  type Qualification,
  type RemedyKind,
  type RequestStepTaken,
  type TicketCommand,
  type TicketEventType,
  type TicketState,
  type TicketType,
} from '@/lib/tickets';
import type { AuditAction } from '@/lib/accounts/audit-actions';
import { clockColumns } from '@/db/clock-columns';
import type { auditLog, Attachment, OutboxEmail, Notification, SlaClockRow, Ticket, ticketEvents, TicketMessage } from '@/db/schema';
import type { Random } from './random';

/** A person of the demo: a client of an organization or a member of the support. */
export interface Person {
  id: string;
  role: Role;
  organizationId: string | null;
  name: string;
  email: string;
}

export interface SimOrganization {
  id: string;
  timeZone: string;
  /** Its client administrators, told of every step of a typed request (§7, §11). */
  administratorIds: readonly string[];
}

/** What every Demande of a history shares: the instant the story stops, the support's settings, who is who. */
export interface SimWorld {
  now: Date;
  supportCalendar: BusinessCalendar;
  atRiskRatio: number;
  waitingReminderBusinessDays: number;
  dailyBackupAt: string;
  /** The active support managers, told of every deadline at risk or missed. */
  managerIds: readonly string[];
  people: ReadonlyMap<string, Person>;
  /** Write the in-app notifications (the demo does; a large database leaves them out). */
  notifications: boolean;
  /** With an address, the emails of the outbox too (sent, with links to this address). */
  publicUrl: string | null;
  /** The worker's period: a transition is noticed within it (30 s by default). */
  sweepIntervalMs?: number;
}

export type EventRow = Omit<typeof ticketEvents.$inferInsert, 'id'> & {
  actorId: string | null;
  internal: boolean;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};
export type AuditRow = Omit<typeof auditLog.$inferSelect, 'id'>;
export type PlannedAttachment = Attachment & { data: Uint8Array };
export type SimClock = Clock & { id: string; atRiskFlaggedAt: Date | null; breachFlaggedAt: Date | null };

/** Everything one Demande left in the database, in the order it happened. */
export interface PlannedTicket {
  ticket: Ticket;
  clocks: SlaClockRow[];
  events: EventRow[];
  messages: TicketMessage[];
  attachments: PlannedAttachment[];
  notifications: Notification[];
  emails: OutboxEmail[];
  audits: AuditRow[];
}

/** A file as a client or a technician attached it. */
export interface PlannedFile {
  fileName: string;
  contentType: string;
  data: Uint8Array;
}

export interface NewTicket {
  id: string;
  reference: string;
  organization: SimOrganization;
  requester: Person;
  /** The requester (portal), or the technician who took the call (phone). */
  recordedBy: Person;
  type: TicketType;
  requestDetails: Record<string, unknown> | null;
  module: string;
  subject: string;
  context: string;
  errorMessage: string | null;
  menuPath: string | null;
  replyPreference: Ticket['replyPreference'];
  callbackPhone: string | null;
  createdAt: Date;
  /** The phone call's start, before createdAt; createdAt for the portal. */
  receivedAt: Date;
  files?: readonly PlannedFile[];
}

const TRACKED = ['status', 'qualification', 'severity', 'assigneeId'] as const;
const DAY_MS = 24 * 3_600_000;

/**
 * One Demande's story, told through the real rules: each action is checked by lib/tickets `can`,
 * applied by `transition` and lib/sla `applyClockEffects` at its simulated instant, and what the
 * server would have written (the row, its clocks, the history event with the same before/after,
 * messages, notifications, emails, audit entries) is kept. Between actions, what the worker does
 * happens at its instants: clocks flagged à risque and hors délai, reminders to waiting clients,
 * closing 15 days after the resolution. An action after `now` has not happened yet: it and every
 * later one are dropped, so the story stops where the present is.
 */
export class TicketRun {
  readonly row: Ticket;
  private state: TicketState;
  private clocks: SimClock[] = [];
  private readonly events: EventRow[] = [];
  private readonly messages: TicketMessage[] = [];
  private readonly attachments: PlannedAttachment[] = [];
  private readonly notifications: Notification[] = [];
  private readonly emails: OutboxEmail[] = [];
  private readonly audits: AuditRow[] = [];
  private frozen = false;
  private last: number;
  private readonly organization: SimOrganization;

  constructor(
    private readonly world: SimWorld,
    private readonly random: Random,
    spec: NewTicket,
  ) {
    if (spec.createdAt.getTime() > world.now.getTime()) throw new RangeError(`${spec.reference} : enregistrée après « maintenant ».`);
    if (spec.receivedAt.getTime() > spec.createdAt.getTime()) throw new RangeError(`${spec.reference} : reçue après son enregistrement.`);
    this.organization = spec.organization;
    const registered = registerTicket(spec.type);
    this.state = registered.ticket;
    const at = spec.createdAt;
    this.row = {
      id: spec.id,
      reference: spec.reference,
      organizationId: spec.organization.id,
      requesterId: spec.requester.id,
      recordedById: spec.recordedBy.id,
      channel: spec.recordedBy.id === spec.requester.id ? 'portal' : 'phone',
      type: spec.type,
      requestStep: registered.ticket.requestStep,
      requestDetails: spec.requestDetails,
      requestPlannedFor: null,
      requestResult: null,
      module: spec.module,
      subject: spec.subject,
      context: spec.context,
      errorMessage: spec.errorMessage,
      menuPath: spec.menuPath,
      replyPreference: spec.replyPreference,
      callbackPhone: spec.callbackPhone,
      status: registered.ticket.status,
      statusBeforeWaiting: null,
      qualification: null,
      severity: null,
      assigneeId: null,
      createdAt: at,
      receivedAt: spec.receivedAt,
      updatedAt: at,
      pickupExcludedAt: null,
      pickupExclusionReason: null,
      pickupExcludedById: null,
      waitingSince: null,
      waitingReminderSentAt: null,
      pickedUpAt: null,
      qualifiedAt: null,
      actionPlanDeliveredAt: null,
      remedyKind: null,
      remedyDeliveredAt: null,
      resolvedAt: null,
      closedAt: null,
      cancelledAt: null,
    };
    this.last = at.getTime();
    // DOMAIN "Support clocks": a phone Demande's clocks start when the call came in.
    this.applyEffects(registered.clockEffects, spec.receivedAt);
    const pickup = this.clocks[0]!;
    const files = spec.files ?? [];
    for (const file of files) this.attach(file, null, spec.recordedBy.id, at);
    this.event(spec.recordedBy.id, 'created', at, {
      after: {
        status: this.row.status,
        channel: this.row.channel,
        module: this.row.module,
        pickupDueAt: pickup.dueAt.toISOString(),
        attachments: files.length,
      },
    });
    this.tellRequester(() => ({
      type: 'acknowledgment',
      title: `Demande ${this.row.reference} enregistrée`,
      body: `Votre demande « ${this.row.subject} » est enregistrée sous la référence ${this.row.reference} : prise en charge au plus tard ${formatDeadline(pickup.dueAt, this.organization.timeZone)}.`,
      at,
      paragraphs: ['Vous serez informé de chaque étape de son traitement.'],
    }));
    if (spec.type !== 'standard') {
      this.audit(spec.requester, spec.type === 'restore' ? 'request.restore-filed' : 'request.software-account-filed', at);
    }
  }

  get status(): Ticket['status'] {
    return this.row.status;
  }

  /** Whether the story reached "now" (an action was dropped as still to come). */
  get stopped(): boolean {
    return this.frozen;
  }

  /** How the pickup clock ended (met, breached, cancelled), null while it runs. */
  get pickupOutcome(): Clock['outcome'] {
    return this.clocks.find((clock) => clock.kind === 'pickup')?.outcome ?? null;
  }

  /** The clock still owed, running or paused. */
  get openClock(): SimClock | undefined {
    return this.clocks.find((clock) => clock.stoppedAt === null);
  }

  take(actor: Person, at: Date): boolean {
    return this.command(
      actor,
      at,
      { action: 'take_in_charge', actorId: actor.id },
      { type: 'taken_in_charge' },
      () => ({ pickedUpAt: at }),
      () =>
        this.tellRequester(() => ({
          type: 'taken_in_charge',
          title: `Demande ${this.row.reference} prise en charge`,
          body: `Un technicien a pris en charge votre demande « ${this.row.subject} ».`,
          at,
        })),
    );
  }

  assign(actor: Person, assignee: Person, at: Date): boolean {
    return this.command(actor, at, { action: 'assign', assigneeId: assignee.id }, { type: 'assigned', internal: true }, undefined, () => {
      if (assignee.id !== actor.id) {
        this.tellStaff([assignee.id], () => ({
          type: 'assigned',
          title: `Demande ${this.row.reference} assignée`,
          body: `La demande « ${this.row.subject} » vous est assignée.`,
          at,
        }));
      }
    });
  }

  qualify(actor: Person, at: Date, qualification: Qualification, notes?: string): boolean {
    const label =
      qualification.outcome === 'anomaly'
        ? `Anomalie ${SEVERITY_LABELS[qualification.severity].toLowerCase()}`
        : QUALIFICATION_OUTCOME_LABELS[qualification.outcome];
    return this.command(
      actor,
      at,
      { action: 'qualify', qualification },
      { type: 'qualified' },
      () => ({ qualifiedAt: at }),
      () => {
        if (notes) this.message(actor.id, 'internal', `Qualification — ${notes}`, at);
        const started = this.clocks.find((clock) => clock.startedAt.getTime() === at.getTime() && clock.kind !== 'pickup');
        this.tellRequester(() => ({
          type: 'qualified',
          title: `Demande ${this.row.reference} qualifiée : ${label}`,
          body: started
            ? `Votre demande est qualifiée « ${label} ». ${CLOCK_KIND_LABELS[started.kind]} au plus tard ${formatDeadline(started.dueAt, this.organization.timeZone)}.`
            : `Votre demande est qualifiée « ${label} ».`,
          at,
        }));
      },
    );
  }

  requalify(actor: Person, at: Date, severity: Severity, reason: string): boolean {
    return this.command(
      actor,
      at,
      { action: 'requalify', severity, reason },
      { type: 'requalified', details: { reason } },
      () => ({ qualifiedAt: at }),
      () =>
        this.tellRequester(() => ({
          type: 'requalified',
          title: `Demande ${this.row.reference} requalifiée : ${SEVERITY_LABELS[severity]}`,
          body: `Votre demande est désormais qualifiée « Anomalie ${SEVERITY_LABELS[severity].toLowerCase()} ». Motif : ${reason}`,
          at,
        })),
    );
  }

  requestInformation(actor: Person, at: Date, question: string): boolean {
    return this.command(actor, at, { action: 'request_information' }, { type: 'information_requested' }, undefined, () => {
      this.message(actor.id, 'public', question, at);
      this.tellRequester(() => ({
        type: 'information_requested',
        title: `Demande ${this.row.reference} : informations demandées`,
        body: 'Le support a besoin d’informations complémentaires pour traiter votre demande.',
        paragraphs: [question],
        at,
      }));
    });
  }

  provideInformation(actor: Person, at: Date, answer: string, files: readonly PlannedFile[] = []): boolean {
    return this.command(actor, at, { action: 'provide_information' }, { type: 'information_provided' }, undefined, () => {
      this.message(actor.id, 'public', answer, at, files);
      this.tellStaff([this.row.assigneeId], () => ({
        type: 'information_provided',
        title: `Demande ${this.row.reference} : le client a répondu`,
        body: `Le client a apporté les informations demandées sur « ${this.row.subject} ».`,
        at,
      }));
    });
  }

  deliverActionPlan(actor: Person, at: Date, plan: string): boolean {
    return this.command(
      actor,
      at,
      { action: 'deliver_action_plan' },
      { type: 'action_plan_delivered' },
      () => ({ actionPlanDeliveredAt: at }),
      () => {
        this.message(actor.id, 'public', plan, at);
        this.tellRequester(() => ({
          type: 'action_plan_delivered',
          title: `Demande ${this.row.reference} : plan d’action corrective`,
          body: 'Le support vous a transmis le plan d’action corrective de l’anomalie bloquante.',
          paragraphs: [plan],
          at,
        }));
      },
    );
  }

  deliverRemedy(actor: Person, at: Date, remedy: RemedyKind, description: string, resolves: boolean): boolean {
    const label = REMEDY_KIND_LABELS[remedy];
    return this.command(
      actor,
      at,
      { action: 'deliver_remedy', remedy, resolves },
      { type: 'remedy_delivered', details: { remedy, resolves } },
      () => ({ remedyKind: remedy, remedyDeliveredAt: at }),
      () => {
        this.message(actor.id, 'public', description, at);
        this.tellRequester(() => ({
          type: 'remedy_delivered',
          title: `Demande ${this.row.reference} : ${label.toLowerCase()} livrée`,
          body: resolves
            ? `Le support a livré une ${label.toLowerCase()} : votre demande est résolue. Vous pouvez la clôturer, ou la rouvrir si le problème persiste.`
            : `Le support a livré une ${label.toLowerCase()} ; la correction définitive suit.`,
          paragraphs: [description],
          at,
        }));
      },
    );
  }

  resolve(actor: Person, at: Date, answer: string): boolean {
    return this.command(actor, at, { action: 'resolve' }, { type: 'resolved' }, undefined, () => {
      this.message(actor.id, 'public', answer, at);
      this.tellRequester(() => ({
        type: 'resolved',
        title: `Demande ${this.row.reference} résolue`,
        body: `Votre demande est résolue. Vous pouvez la clôturer, ou la rouvrir dans les ${CLIENT_REOPEN_DELAY_DAYS} jours si le problème persiste.`,
        paragraphs: [answer],
        at,
      }));
    });
  }

  close(actor: Person, at: Date): boolean {
    return this.command(
      actor,
      at,
      { action: 'close' },
      { type: 'closed' },
      () => ({ closedAt: at }),
      () => {
        const message = { type: 'closed', title: `Demande ${this.row.reference} clôturée`, at };
        if (isStaff(actor.role)) this.tellRequester(() => ({ ...message, body: `Votre demande « ${this.row.subject} » est clôturée.` }));
        else this.tellStaff([this.row.assigneeId], () => ({ ...message, body: `Le client a accepté la résolution de « ${this.row.subject} ».` }));
      },
    );
  }

  reopen(actor: Person, at: Date, reason: string): boolean {
    return this.command(
      actor,
      at,
      { action: 'reopen' },
      { type: 'reopened', details: { reason } },
      () => ({ closedAt: null }),
      () => {
        this.message(actor.id, 'public', reason, at);
        const message = { type: 'reopened', title: `Demande ${this.row.reference} rouverte`, at, paragraphs: [reason] };
        if (isStaff(actor.role)) this.tellRequester(() => ({ ...message, body: `Le support a rouvert votre demande « ${this.row.subject} ».` }));
        else this.tellStaff([this.row.assigneeId], () => ({ ...message, body: `Le client a rouvert « ${this.row.subject} ».` }));
      },
    );
  }

  cancel(actor: Person, at: Date): boolean {
    return this.command(actor, at, { action: 'cancel' }, { type: 'cancelled' }, () => ({ cancelledAt: at }));
  }

  comment(actor: Person, at: Date, kind: 'public' | 'internal', body: string, files: readonly PlannedFile[] = []): boolean {
    const internal = kind === 'internal';
    return this.command(
      actor,
      at,
      { action: internal ? 'add_internal_note' : 'comment' },
      { type: internal ? 'internal_note_added' : 'replied', internal },
      undefined,
      () => {
        this.message(actor.id, kind, body, at, files);
        if (internal) return;
        const message = { type: 'replied', title: `Demande ${this.row.reference} : nouvelle réponse`, at };
        if (isStaff(actor.role)) {
          this.tellRequester(() => ({ ...message, body: `Le support a répondu à votre demande « ${this.row.subject} ».`, paragraphs: [body] }));
        } else this.tellStaff([this.row.assigneeId], () => ({ ...message, body: `Le client a répondu sur « ${this.row.subject} ».` }));
      },
    );
  }

  planRequest(actor: Person, at: Date, plannedFor: Date): boolean {
    return this.requestStep(actor, at, 'plan', { plannedFor });
  }

  completeRequest(actor: Person, at: Date, result: string): boolean {
    return this.requestStep(actor, at, 'complete', { result });
  }

  refuseRequest(actor: Person, at: Date, reason: string): boolean {
    return this.requestStep(actor, at, 'refuse', { reason });
  }

  /** §13: a manager takes the Demande out of the 75 % ratio, with a reason (history, audit log, client told). */
  excludeFromPickupRatio(manager: Person, at: Date, reason: string): boolean {
    if (manager.role !== 'support_manager') throw new Error('Seul un responsable support retire une demande du calcul.');
    if (!this.begin(at)) return false;
    if (this.row.pickupExcludedAt) throw new Error(`${this.row.reference} : déjà retirée du calcul.`);
    Object.assign(this.row, { pickupExcludedAt: at, pickupExclusionReason: reason, pickupExcludedById: manager.id, updatedAt: at });
    this.event(manager.id, 'pickup_excluded', at, { after: { reason } });
    this.audit(manager, 'ticket.pickup-excluded', at, { reason });
    this.tellRequester(() => ({
      type: 'pickup_excluded',
      title: `Demande ${this.row.reference} retirée du calcul de l’engagement de prise en charge`,
      body: `Le support a retiré votre demande « ${this.row.subject} » du calcul des 75 % de prises en charge dans les 8 heures ouvrées (§13 du livret de service). Motif : ${reason}`,
      at,
    }));
    return true;
  }

  /** The story up to `now`, with what the worker did until then: nothing is left for its next sweep. */
  finish(): PlannedTicket {
    this.advance(this.world.now, true);
    return {
      ticket: this.row,
      clocks: this.clocks.map((clock) => clockRow(clock, this.row.id)),
      events: this.events,
      messages: this.messages,
      attachments: this.attachments,
      notifications: this.notifications,
      emails: this.emails,
      audits: this.audits,
    };
  }

  private requestStep(actor: Person, at: Date, step: 'plan' | 'complete' | 'refuse', value: { plannedFor?: Date; result?: string; reason?: string }) {
    const commands = { plan: 'plan_request', complete: 'complete_request', refuse: 'refuse_request' } as const;
    const events = { plan: 'request_planned', complete: 'request_done', refuse: 'request_refused' } as const;
    const audits = { plan: 'request.planned', complete: 'request.done', refuse: 'request.refused' } as const;
    const details =
      step === 'plan' ? { plannedFor: value.plannedFor!.toISOString() } : step === 'complete' ? { result: value.result! } : { reason: value.reason! };
    return this.command(
      actor,
      at,
      { action: commands[step] },
      { type: events[step], details },
      () => (step === 'plan' ? { requestPlannedFor: value.plannedFor! } : { requestResult: step === 'complete' ? value.result! : value.reason! }),
      () => {
        this.audit(actor, audits[step], at);
        const taken: RequestStepTaken =
          step === 'plan' ? { step, plannedFor: value.plannedFor! } : step === 'complete' ? { step, result: value.result! } : { step, reason: value.reason! };
        const notice = requestStepNotice({ ...this.row, details: requestDetailsOf(this.row.requestDetails) }, taken, this.organization.timeZone);
        this.notify([this.row.requesterId, ...this.organization.administratorIds], () => ({
          type: 'request_step',
          ...notice,
          at,
          email: { label: 'Voir la demande', url: this.portalUrl() },
        }));
      },
    );
  }

  /**
   * lib/server/tickets/run-ticket-command.ts, without the database: `can`, `transition`, the
   * clock effects, the columns, the history event with the fields and clocks it changed.
   */
  private command(
    actor: Person,
    at: Date,
    command: TicketCommand,
    event: { type: TicketEventType; internal?: boolean; details?: Record<string, unknown> },
    columns?: () => Partial<Ticket>,
    afterwards?: () => void,
  ): boolean {
    if (!this.begin(at)) return false;
    const decision = can(command.action, { actor: actorContextOf(actor, this.row), ticket: this.state, now: at, timeZone: this.organization.timeZone });
    if (!decision.ok) throw new Error(`${this.row.reference}, ${command.action} le ${at.toISOString()} : ${decision.reason}`);
    const next = transition(this.state, command, at);
    const changed = this.applyEffects(next.clockEffects, at);
    const before = { ...this.row };
    this.state = next.ticket;
    Object.assign(this.row, ticketColumnsOf(next.ticket), waitingColumns(before, next.ticket.status, at), columns?.(), { updatedAt: at });
    this.event(actor.id, event.type, at, {
      internal: event.internal,
      before: changedFields(before, this.row, 'before'),
      after: {
        ...changedFields(before, this.row, 'after'),
        ...event.details,
        ...(changed.length > 0 ? { clocks: changed.map(describeClock) } : {}),
      },
    });
    afterwards?.();
    return true;
  }

  /** The instant of the next action: what the worker did before it happens first; after `now`, nothing happens any more. */
  private begin(at: Date): boolean {
    if (this.frozen) return false;
    if (at.getTime() > this.world.now.getTime()) {
      this.frozen = true;
      return false;
    }
    if (at.getTime() < this.last) throw new RangeError(`${this.row.reference} : action le ${at.toISOString()} avant la précédente.`);
    this.advance(at, false);
    this.last = at.getTime();
    return true;
  }

  private applyEffects(effects: readonly ClockEffect[], at: Date): Clock[] {
    const before = this.clocks;
    const next = applyClockEffects(before, effects, { supportCalendar: this.world.supportCalendar, now: at, atRiskRatio: this.world.atRiskRatio });
    const changed: Clock[] = [];
    this.clocks = next.map((clock, index) => {
      const previous = before[index];
      if (clock === previous) return previous;
      changed.push(clock);
      // A changed clock keeps its id and flags (spread by lib/sla); a started one is new.
      return previous ? (clock as SimClock) : { ...clock, id: this.random.uuid(), atRiskFlaggedAt: null, breachFlaggedAt: null };
    });
    return changed;
  }

  /**
   * What the worker (lib/server/worker.ts) did up to `until`, in order: each transition at the
   * sweep after it (within the worker's period). With `final`, up to `now` included, so that the
   * first sweep after the seed finds nothing left to announce.
   */
  private advance(until: Date, final: boolean): void {
    const limit = until.getTime();
    for (;;) {
      const next = this.nextWorkerStep(limit);
      if (next === null) return;
      if (final ? next.threshold > limit || (next.strict && next.threshold === limit) : next.at >= limit) return;
      const at = new Date(Math.min(next.at, limit));
      next.apply(at);
      this.last = Math.max(this.last, at.getTime());
    }
  }

  /** The worker's next step on this Demande; one that cannot come before `limit` need not be computed exactly. */
  private nextWorkerStep(limit: number): { threshold: number; strict: boolean; at: number; apply: (at: Date) => void } | null {
    const candidates: Array<{ threshold: number; strict: boolean; at: number; apply: (at: Date) => void }> = [];
    const created = this.row.createdAt.getTime();
    const noticed = (threshold: number, strict: boolean) => Math.max(threshold + (strict ? 1 : 0), created + 1) + this.lag(threshold);
    for (const clock of this.clocks) {
      if (clock.stoppedAt !== null || clock.pausedAt !== null) continue;
      // The sweeper's boundaries (lib/server/sla/sweep-clocks.ts): à risque from atRiskAt, hors délai strictly after dueAt.
      if (clock.atRiskFlaggedAt === null) {
        const threshold = clock.atRiskAt.getTime();
        candidates.push({ threshold, strict: false, at: noticed(threshold, false), apply: (at) => this.flag(clock, 'at_risk', at) });
      }
      if (clock.breachFlaggedAt === null) {
        const threshold = clock.dueAt.getTime();
        candidates.push({ threshold, strict: true, at: noticed(threshold, true), apply: (at) => this.flag(clock, 'breached', at) });
      }
    }
    if (this.row.status === 'waiting_client' && this.row.waitingSince && this.row.waitingReminderSentAt === null) {
      const threshold = this.thresholdOf('reminder', this.row.waitingSince, (since) =>
        addBusinessTime(remedyCalendar(this.world.supportCalendar), since, this.world.waitingReminderBusinessDays * DAY_MS),
      );
      candidates.push({ threshold, strict: false, at: noticed(threshold, false), apply: (at) => this.remind(at) });
    }
    // 15 calendar days are never less than 14 × 24 h, whatever the clock changes: before that, no closing.
    if (this.row.status === 'resolved' && this.row.resolvedAt && limit >= this.row.resolvedAt.getTime() + (CLIENT_REOPEN_DELAY_DAYS - 1) * DAY_MS) {
      const threshold = this.thresholdOf('close', this.row.resolvedAt, (resolvedAt) => clientReopenDeadline(resolvedAt, this.organization.timeZone));
      candidates.push({ threshold, strict: false, at: noticed(threshold, false), apply: (at) => this.autoClose(at) });
    }
    if (candidates.length === 0) return null;
    return candidates.reduce((earliest, candidate) => (candidate.at < earliest.at ? candidate : earliest));
  }

  private readonly thresholds = new Map<string, number>();

  /** The reminder's and the closing's instants, computed once per wait and per resolution. */
  private thresholdOf(kind: 'reminder' | 'close', from: Date, compute: (from: Date) => Date): number {
    const key = `${kind}:${from.getTime()}`;
    let threshold = this.thresholds.get(key);
    if (threshold === undefined) {
      threshold = compute(from).getTime();
      this.thresholds.set(key, threshold);
    }
    return threshold;
  }

  /** How long after an instant the worker's next sweep came: a fixed draw per instant, within its period. */
  private lag(threshold: number): number {
    const period = this.world.sweepIntervalMs ?? 30_000;
    return (Math.imul((threshold % 1_000_003) ^ 0x5bd1e995, 2_654_435_761) >>> 0) % period;
  }

  private flag(clock: SimClock, transition: 'at_risk' | 'breached', at: Date): void {
    const index = this.clocks.indexOf(clock);
    const flagged = { ...clock, ...(transition === 'at_risk' ? { atRiskFlaggedAt: at } : { breachFlaggedAt: at }) };
    this.clocks = this.clocks.map((candidate, position) => (position === index ? flagged : candidate));
    const type = transition === 'at_risk' ? 'clock_at_risk' : 'clock_breached';
    this.event(null, type, at, { internal: true, after: { clock: clock.kind, dueAt: clock.dueAt.toISOString() } });
    this.tellStaff([this.row.assigneeId, ...this.world.managerIds], () => {
      const label = CLOCK_KIND_LABELS[clock.kind];
      const due = formatDeadline(clock.dueAt, clock.calendar.timeZone);
      return {
        type,
        title: transition === 'at_risk' ? `À risque : ${this.row.reference}` : `Hors délai : ${this.row.reference}`,
        body:
          transition === 'at_risk'
            ? `Délai « ${label} » à risque sur « ${this.row.subject} » : échéance ${due}.`
            : `Délai « ${label} » dépassé sur « ${this.row.subject} » : l’échéance était ${due}.`,
        at,
        email: transition === 'breached',
      };
    });
  }

  private remind(at: Date): void {
    this.row.waitingReminderSentAt = at;
    this.event(null, 'waiting_reminder_sent', at, {});
    const since = this.row.waitingSince!.getTime();
    const question = this.messages.findLast((message) => message.kind === 'public' && message.createdAt.getTime() <= since);
    this.tellRequester(() => ({
      type: 'waiting_reminder',
      title: `À vous de répondre : demande ${this.row.reference}`,
      body: `Le support attend votre réponse pour poursuivre le traitement de « ${this.row.subject} » ; le délai est suspendu en attendant.`,
      paragraphs: question ? [`Question du support : ${question.body}`] : [],
      at,
    }));
  }

  private autoClose(at: Date): void {
    const next = transition(this.state, { action: 'close' }, at);
    this.state = next.ticket;
    Object.assign(this.row, ticketColumnsOf(next.ticket), { closedAt: at, updatedAt: at });
    this.event(null, 'auto_closed', at, { before: { status: 'resolved' }, after: { status: 'closed' } });
    this.tellRequester(() => ({
      type: 'closed',
      title: `Demande ${this.row.reference} clôturée`,
      body: `Votre demande « ${this.row.subject} » est clôturée : elle était résolue depuis ${CLIENT_REOPEN_DELAY_DAYS} jours sans avoir été rouverte.`,
      at,
    }));
  }

  private event(
    actorId: string | null,
    type: TicketEventType,
    at: Date,
    { internal = false, before = null, after = null }: { internal?: boolean; before?: Record<string, unknown> | null; after?: Record<string, unknown> | null },
  ): void {
    this.events.push({ ticketId: this.row.id, actorId, type, internal, at, before, after });
  }

  private message(authorId: string, kind: 'public' | 'internal', body: string, at: Date, files: readonly PlannedFile[] = []): void {
    const id = this.random.uuid();
    this.messages.push({ id, ticketId: this.row.id, authorId, kind, body, createdAt: at });
    for (const file of files) this.attach(file, id, authorId, at);
  }

  private attach(file: PlannedFile, messageId: string | null, uploaderId: string, at: Date): void {
    const sha256 = createHash('sha256').update(file.data).digest('hex');
    this.attachments.push({
      id: this.random.uuid(),
      ticketId: this.row.id,
      messageId,
      uploaderId,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.data.byteLength,
      sha256,
      // lib/server/attachments/attachment-store.ts: the hash's first two digits, then a UUID.
      storageKey: `${sha256.slice(0, 2)}/${this.random.uuid()}`,
      createdAt: at,
      data: file.data,
    });
  }

  private audit(actor: Person, action: AuditAction, at: Date, details: Record<string, unknown> = {}): void {
    this.audits.push({
      at,
      actorId: actor.id,
      actorEmail: actor.email,
      action,
      targetType: 'ticket',
      targetId: this.row.id,
      organizationId: this.row.organizationId,
      clientAddress: null,
      details: { reference: this.row.reference, ...details },
    });
  }

  private portalUrl(): string {
    return `${this.world.publicUrl ?? ''}/demandes/${this.row.reference}`;
  }

  private tellRequester(lazy: () => { type: string; title: string; body: string; at: Date; paragraphs?: string[] }): void {
    this.notify([this.row.requesterId], () => {
      const message = lazy();
      return { ...message, email: { label: 'Voir la demande', url: this.portalUrl(), paragraphs: message.paragraphs } };
    });
  }

  private tellStaff(recipientIds: Array<string | null>, lazy: () => { type: string; title: string; body: string; at: Date; email?: boolean }): void {
    this.notify(recipientIds, () => {
      const message = lazy();
      const url = `${this.world.publicUrl ?? ''}/console/demandes/${this.row.reference}`;
      return { ...message, email: message.email ? { label: 'Ouvrir la demande', url } : undefined };
    });
  }

  /** lib/server/notifications/notify.ts: one notification per active recipient, and its email when asked. */
  private notify(
    recipientIds: Array<string | null | undefined>,
    lazy: () => { type: string; title: string; body: string; at: Date; email?: { label: string; url: string; paragraphs?: string[] } },
  ): void {
    // A large database leaves notifications out: their sentences are not even written.
    if (!this.world.notifications) return;
    const input = lazy();
    const recipients = [...new Set(recipientIds.filter((id): id is string => !!id))].map((id) => this.world.people.get(id)).filter((person) => !!person);
    for (const recipient of recipients) {
      this.notifications.push({
        id: this.random.uuid(),
        userId: recipient.id,
        ticketId: this.row.id,
        link: null,
        type: input.type,
        title: input.title,
        body: input.body,
        createdAt: input.at,
        readAt: null,
      });
      if (!input.email || this.world.publicUrl === null) continue;
      const sentAt = input.at.getTime() + this.random.int(2_000, 20_000);
      const sent = sentAt <= this.world.now.getTime();
      this.emails.push({
        id: this.random.uuid(),
        toAddress: recipient.email,
        ticketId: this.row.id,
        status: sent ? 'sent' : 'pending',
        attempts: sent ? 1 : 0,
        nextAttemptAt: input.at,
        lastError: null,
        createdAt: input.at,
        sentAt: sent ? new Date(sentAt) : null,
        ...renderEmail({
          subject: input.title,
          greeting: `Bonjour ${recipient.name},`,
          paragraphs: [input.body, ...(input.email.paragraphs ?? [])],
          link: { label: input.email.label, url: input.email.url },
        }),
      });
    }
  }
}

/** lib/server/tickets/ticket-state.ts `ticketColumnsOf`: the columns that follow from the lifecycle state. */
function ticketColumnsOf(state: TicketState): Partial<Ticket> {
  return {
    requestStep: state.requestStep,
    status: state.status,
    statusBeforeWaiting: STATUSES_BEFORE_WAITING.find((status) => status === state.statusBeforeWaiting) ?? null,
    qualification: state.qualification?.outcome ?? null,
    severity: state.qualification?.outcome === 'anomaly' ? state.qualification.severity : null,
    assigneeId: state.assigneeId,
    resolvedAt: state.resolvedAt,
  };
}

/** run-ticket-command.ts: waiting for the client since when; cleared when the wait ends. */
function waitingColumns(before: Ticket, status: Ticket['status'], now: Date): Partial<Ticket> {
  if (status === 'waiting_client' && before.status !== 'waiting_client') return { waitingSince: now, waitingReminderSentAt: null };
  if (status !== 'waiting_client' && before.status === 'waiting_client') return { waitingSince: null, waitingReminderSentAt: null };
  return {};
}

function changedFields(before: Ticket, after: Ticket, side: 'before' | 'after'): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const field of TRACKED) {
    if (before[field] !== after[field]) changed[field] = (side === 'before' ? before : after)[field];
  }
  return changed;
}

export function clockRow(clock: SimClock, ticketId: string): SlaClockRow {
  return { id: clock.id, ticketId, ...clockColumns(clock), atRiskFlaggedAt: clock.atRiskFlaggedAt, breachFlaggedAt: clock.breachFlaggedAt };
}
