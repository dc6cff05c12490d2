import { DateTime } from 'luxon';
import { availableRestorePoints, findRestorePoint, type RestorePoint } from '@/lib/backups';
import type { BusinessCalendar } from '@/lib/calendar';
import { remedyCalendar, type Severity } from '@/lib/sla';
import { requestSubject, SOFTWARE_ACCOUNT_ACTION_LABELS, type RestoreRequestDetails, type SoftwareAccountDetails } from '@/lib/tickets';
import { logFile, pdfFile, screenshotFile } from './files';
import { calendarDaysAfter, DAY_MS, HOUR_MS, localTimeOn, MINUTE_MS, officeCalendar, openTimeAfter, openTimeBefore } from './instants';
import type { Random } from './random';
import { type NewTicket, type Person, type PlannedFile, type SimOrganization, type SimWorld, type TicketRun } from './simulate';
import {
  ACTION_PLANS,
  CANCEL_SUBJECTS,
  CLIENT_REPLIES,
  EXCLUSION_REASONS,
  INTERNAL_NOTES,
  PERSON_NAMES,
  QUALIFICATION_NOTES,
  REOPEN_REASONS,
  REQUEST_REFUSALS,
  REQUEST_RESULTS,
  RESTORE_REASONS,
  SOFTWARE_ROLES,
  STAFF_REPLIES,
  topicsOf,
  type Topic,
} from './words';

/** Who plays in the stories of one organization's Demandes. */
export interface Cast {
  world: SimWorld;
  organization: SimOrganization & { modules: readonly string[]; emailDomain: string };
  clients: readonly Person[];
  administrators: readonly Person[];
  /** Who takes Demandes in charge, with how often. */
  staff: ReadonlyArray<{ person: Person; weight: number }>;
  managers: readonly Person[];
  /** Attach small files now and then (the demo does; a large database does not). */
  files: boolean;
  /** How talkative people are: 1 for the demo, more for a large database (about 3 messages a Demande). */
  talk?: number;
}

/** The staff's running weights, per cast's staff list. */
const staffWeights = new WeakMap<Cast['staff'], Float64Array>();

/** A Demande before it gets its number: how it was filed, and what happened to it. */
export interface Draft {
  ticket: Omit<NewTicket, 'id' | 'reference'>;
  play: (run: TicketRun) => void;
  kind: StoryKind;
}

/** Stories over the months, and where they end is wherever "now" stops them. */
export const HISTORY_KINDS = {
  answered: 22,
  minor: 14,
  major: 16,
  blocking: 7,
  requalified: 4,
  requalifiedLate: 1.5,
  cancelled: 4,
  reopened: 5,
  restore: 3,
  softwareAccount: 4,
  /** A long back-and-forth (about 50 history events): a large database has some, the demo none. */
  conversation: 0,
} as const;

/** Stories set backwards from "now", so the present holds every state the queues show. */
export const PRESENT_KINDS = [
  'awaitingOnTime',
  'awaitingAtRisk',
  'awaitingOverdue',
  'inCharge',
  'waitingShort',
  'waitingLong',
  'actionPlanAtRisk',
  'actionPlanOverdue',
  'remedyOnTime',
  'remedyAtRisk',
  'remedyOverdue',
  'minorInCorrection',
  'resolvedRecently',
  'reopenedNow',
  'restorePlanned',
  'softwareRequested',
] as const;

export type HistoryKind = keyof typeof HISTORY_KINDS;
export type PresentKind = (typeof PRESENT_KINDS)[number];
export type StoryKind = HistoryKind | PresentKind;

/**
 * The teller of one Demande's story: its random draws, its cast and a cursor of time that every
 * step moves forwards — staff act in the support's opening hours, clients in their office hours.
 */
class Teller {
  readonly support: BusinessCalendar;
  readonly remedy: BusinessCalendar;
  readonly office: BusinessCalendar;
  readonly topic: Topic;
  requester: Person;
  owner: Person;

  constructor(
    readonly cast: Cast,
    readonly random: Random,
  ) {
    this.support = cast.world.supportCalendar;
    this.remedy = remedyCalendar(this.support);
    this.office = officeCalendar(cast.organization.timeZone);
    this.topic = random.pick(topicsOf(cast.organization.modules));
    this.requester = random.pick(cast.clients);
    this.owner = this.pickStaff();
  }

  /** Draws scaled by the cast's talk: a chance p becomes p × talk (at most 0.95). */
  get talkative(): Pick<Random, 'chance' | 'between' | 'pick'> {
    const talk = this.cast.talk ?? 1;
    const { random } = this;
    if (talk === 1) return random;
    return {
      chance: (probability: number) => random.chance(Math.min(0.95, probability * talk)),
      between: (min: number, max: number) => random.between(min, max),
      pick: <T>(items: readonly T[]) => random.pick(items),
    };
  }

  pickStaff(): Person {
    let cumulative = staffWeights.get(this.cast.staff);
    if (!cumulative) {
      let sum = 0;
      cumulative = Float64Array.from(this.cast.staff, ({ weight }) => (sum += weight));
      staffWeights.set(this.cast.staff, cumulative);
    }
    const draw = this.random.next() * cumulative[cumulative.length - 1]!;
    const index = cumulative.findIndex((bound) => draw < bound);
    return this.cast.staff[index === -1 ? cumulative.length - 1 : index]!.person;
  }

  manager(): Person {
    return this.random.pick(this.cast.managers);
  }

  /** After `hours` of the support's open time. */
  staffAfter(at: Date, hours: number): Date {
    return openTimeAfter(this.support, this.random, at, hours);
  }

  /** After `hours` of the client's office hours. */
  clientAfter(at: Date, hours: number): Date {
    return openTimeAfter(this.office, this.random, at, hours);
  }

  /** After `days` business days (§1: Monday–Friday but public holidays), then at the support's next open minute. */
  businessDaysAfter(at: Date, days: number): Date {
    return this.staffAfter(openTimeAfter(this.remedy, this.random, at, days * 24), 0.05);
  }

  file(kind: 'screenshot' | 'log' | 'pdf'): PlannedFile {
    const { random, topic } = this;
    if (kind === 'screenshot') return screenshotFile(`capture-${random.int(1, 40)}.png`, random.pick([0x173c75, 0x0f766e, 0x7c2d12, 0x4338ca]));
    if (kind === 'log') {
      return logFile('journal.txt', [
        `${topic.module} — journal de l’application`,
        `ERREUR ${topic.errorMessage ?? 'Traitement interrompu'}`,
        `Écran : ${topic.menuPath ?? topic.module}`,
        `Poste : PC-MAIRIE-${random.int(1, 12)}`,
      ]);
    }
    return pdfFile('courrier.pdf', `Mairie - ${topic.subject}`);
  }

  maybeFiles(probability: number, kind: 'screenshot' | 'log' | 'pdf'): PlannedFile[] {
    return this.cast.files && this.random.chance(probability) ? [this.file(kind)] : [];
  }

  /** A standard Demande, from the portal or taken by phone. */
  standard(createdAt: Date, phone: boolean, subject?: string): Omit<NewTicket, 'id' | 'reference'> {
    const { random, topic, requester } = this;
    const recordedBy = phone ? this.pickStaff() : requester;
    const callback = random.chance(phone ? 0.6 : 0.15);
    return {
      organization: this.cast.organization,
      requester,
      recordedBy,
      type: 'standard',
      requestDetails: null,
      module: topic.module,
      subject: subject ?? topic.subject,
      context: topic.context,
      errorMessage: topic.errorMessage,
      menuPath: topic.menuPath,
      replyPreference: callback ? 'callback' : 'electronic',
      callbackPhone: callback ? `0${random.int(1, 5)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}` : null,
      createdAt,
      // DOMAIN "Support clocks": a call is typed some minutes after it came in; its clocks start at the call.
      receivedAt: phone ? new Date(createdAt.getTime() - random.int(3, 40) * MINUTE_MS - random.int(0, 59_999)) : createdAt,
      files: phone ? [] : this.maybeFiles(0.12, 'screenshot'),
    };
  }

  restore(createdAt: Date): Omit<NewTicket, 'id' | 'reference'> {
    const { random, cast } = this;
    const { timeZone } = cast.organization;
    const options = { timeZone, dailyAt: cast.world.dailyBackupAt };
    // §7: a point of the catalogue at the instant of the request, never another.
    const point = restorePointAt(random, createdAt, options);
    const lookup = findRestorePoint(createdAt, options, point.takenAt);
    if (!lookup.ok) throw new Error(`Point de restauration refusé : ${lookup.reason}`);
    const scope = random.pick(cast.organization.modules);
    const details: RestoreRequestDetails = {
      kind: 'restore',
      pointTakenAt: lookup.point.takenAt.toISOString(),
      pointKind: lookup.point.kind,
      pointExpiresAt: lookup.point.expiresAt.toISOString(),
      scope,
      scopeDetail: random.chance(0.5) ? 'Registres de l’année en cours' : null,
      reason: random.pick(RESTORE_REASONS),
      acknowledgedLoss: true,
    };
    const administrator = random.pick(cast.administrators);
    return {
      ...this.typed(createdAt, administrator, 'restore', { ...details }),
      module: scope,
      subject: requestSubject(details, timeZone),
      context: details.scopeDetail ? `${details.reason}\n\nDonnées concernées : ${details.scopeDetail}` : details.reason,
    };
  }

  softwareAccount(createdAt: Date): Omit<NewTicket, 'id' | 'reference'> {
    const { random, cast } = this;
    const personName = random.pick(PERSON_NAMES);
    const modules = cast.organization.modules.filter(() => random.chance(0.5));
    const details: SoftwareAccountDetails = {
      kind: 'software_account',
      action: random.chance(0.7) ? 'create' : 'delete',
      personName,
      personEmail: `${emailLocalPart(personName)}@${cast.organization.emailDomain}`,
      personRole: random.pick(SOFTWARE_ROLES),
      modules: modules.length > 0 ? modules : [cast.organization.modules[0]!],
    };
    const administrator = random.pick(cast.administrators);
    return {
      ...this.typed(createdAt, administrator, 'software_account', { ...details }),
      module: details.modules[0]!,
      subject: requestSubject(details, cast.organization.timeZone),
      context: `${SOFTWARE_ACCOUNT_ACTION_LABELS[details.action]} d’un compte du logiciel pour ${details.personName} (${details.personEmail}), rôle « ${details.personRole} », modules : ${details.modules.join(', ')}.`,
    };
  }

  private typed(createdAt: Date, administrator: Person, type: 'restore' | 'software_account', details: Record<string, unknown>) {
    // §7, §11: a client administrator files typed requests; the story's client is them.
    this.requester = administrator;
    return {
      organization: this.cast.organization,
      requester: administrator,
      recordedBy: administrator,
      type,
      requestDetails: details,
      errorMessage: null,
      menuPath: null,
      replyPreference: 'electronic' as const,
      callbackPhone: null,
      createdAt,
      receivedAt: createdAt,
    };
  }

  /** Some talk while the Demande is being worked on: a reply, a client's word, an internal note. */
  chat(run: TicketRun, at: Date): Date {
    const random = this.talkative;
    let t = at;
    if (random.chance(0.35)) run.comment(this.owner, (t = this.staffAfter(t, random.between(0.2, 3))), 'public', random.pick(STAFF_REPLIES));
    if (random.chance(0.25)) {
      run.comment(this.requester, (t = this.clientAfter(t, random.between(0.2, 6))), 'public', random.pick(CLIENT_REPLIES), this.maybeFiles(0.3, 'screenshot'));
    }
    if (random.chance(0.3)) run.comment(this.owner, (t = this.staffAfter(t, random.between(0.1, 2))), 'internal', random.pick(INTERNAL_NOTES));
    return t;
  }

  /** Taken in charge after `delayHours` of open time; sometimes handed to a colleague; excluded from the 75 % now and then when late. */
  pickup(run: TicketRun, at: Date, delayHours: number): Date {
    const { random } = this;
    let t = this.staffAfter(at, delayHours);
    // A call is taken in charge once typed, minutes after it came in.
    if (t.getTime() <= run.row.createdAt.getTime()) t = new Date(run.row.createdAt.getTime() + this.random.int(1, 10) * MINUTE_MS);
    run.take(this.owner, t);
    const pickup = run.pickupOutcome;
    if (pickup === 'breached' && random.chance(0.3))
      run.excludeFromPickupRatio(this.manager(), (t = this.staffAfter(t, random.between(2, 30))), random.pick(EXCLUSION_REASONS));
    if (random.chance(0.08)) {
      const colleague = this.cast.staff.map(({ person }) => person).find((person) => person.id !== this.owner.id && person.role === 'technician');
      if (colleague) {
        run.assign(this.manager(), colleague, (t = this.staffAfter(t, random.between(0.1, 1))));
        this.owner = colleague;
      }
    }
    return t;
  }

  /** How long a Demande waited for its pickup, in open hours: mostly soon, sometimes late (§13). */
  pickupDelay(lateShare: number): number {
    const { random } = this;
    if (random.chance(lateShare)) return random.between(8.3, 18);
    const speed = random.weighted({ fast: 60, medium: 28, slow: 12 });
    return speed === 'fast' ? random.between(0.05, 2) : speed === 'medium' ? random.between(2, 5) : random.between(5.5, 7.4);
  }

  /** The support asks, the client answers — soon, or after days and a reminder. */
  askClient(run: TicketRun, at: Date): Date {
    const { random } = this;
    let t = this.staffAfter(at, random.between(0.2, 3));
    run.requestInformation(this.owner, t, this.topic.question);
    const long = random.chance(0.35);
    t = long ? this.clientAfter(calendarDaysAfter(t, random.int(5, 8), this.cast.organization.timeZone), 0.5) : this.clientAfter(t, random.between(0.5, 12));
    run.provideInformation(this.requester, t, this.topic.answer, this.maybeFiles(0.4, random.chance(0.5) ? 'log' : 'screenshot'));
    return t;
  }

  /** After the resolution: the client closes it, staff do, or the worker does 15 days later. */
  conclude(run: TicketRun, at: Date): void {
    const { random } = this;
    const ending = random.weighted({ client: 50, staff: 8, automatic: 42 });
    if (ending === 'client') run.close(this.requester, this.clientAfter(at, random.between(0.5, 40)));
    if (ending === 'staff') run.close(this.owner, this.staffAfter(at, random.between(4, 40)));
  }

  remedyDays(lateShare: number): number {
    return this.random.chance(lateShare) ? this.random.between(6.3, 10) : this.random.between(0.5, 5.2);
  }

  qualify(run: TicketRun, at: Date, severity: Severity | 'not_anomaly' | 'not_reproducible'): void {
    const notes = this.random.chance(0.5) ? this.random.pick(QUALIFICATION_NOTES) : undefined;
    run.qualify(
      this.owner,
      at,
      severity === 'not_anomaly' || severity === 'not_reproducible' ? { outcome: severity } : { outcome: 'anomaly', severity },
      notes,
    );
  }
}

const LATE_PICKUP = 0.1;
const LATE_DELIVERY = 0.14;

/** A Demande filed at `createdAt`, whose story goes on as far as "now" lets it. */
export function historyDraft(cast: Cast, random: Random, createdAt: Date, kind: HistoryKind): Draft {
  const teller = new Teller(cast, random);
  const { topic } = teller;
  // A call comes in while the support is open (§16).
  let phone = random.chance(0.18);
  let filed = createdAt;
  if (phone) {
    filed = teller.staffAfter(createdAt, 0);
    if (filed.getTime() > cast.world.now.getTime()) [phone, filed] = [false, createdAt];
  }

  switch (kind) {
    case 'answered':
      return {
        kind,
        ticket: teller.standard(filed, phone),
        play: (run) => {
          let t = teller.pickup(run, run.row.receivedAt, teller.pickupDelay(LATE_PICKUP));
          if (random.chance(0.2)) t = teller.askClient(run, t);
          t = teller.chat(run, t);
          run.comment(teller.owner, (t = teller.staffAfter(t, random.between(0.3, 6))), 'public', topic.explanation);
          teller.qualify(run, (t = teller.staffAfter(t, random.between(0.05, 0.5))), random.chance(0.75) ? 'not_anomaly' : 'not_reproducible');
          teller.conclude(run, t);
        },
      };
    case 'minor':
    case 'major':
    case 'blocking':
      return { kind, ticket: teller.standard(filed, phone), play: (run) => anomaly(teller, run, kind) };
    case 'requalified':
      return {
        kind,
        ticket: teller.standard(filed, phone),
        play: (run) => {
          let t = teller.pickup(run, run.row.receivedAt, teller.pickupDelay(LATE_PICKUP));
          if (random.chance(0.6)) {
            teller.qualify(run, (t = teller.staffAfter(t, random.between(0.5, 4))), 'major');
            t = teller.chat(run, t);
            run.requalify(
              teller.owner,
              (t = teller.staffAfter(t, random.between(2, 14))),
              'blocking',
              'Le service d’état civil ne peut plus délivrer aucun acte.',
            );
            run.deliverActionPlan(teller.owner, (t = teller.staffAfter(t, random.between(1, 10))), random.pick(ACTION_PLANS));
          } else {
            // Blocking at first, then major before the plan was due: the action-plan clock is superseded.
            teller.qualify(run, (t = teller.staffAfter(t, random.between(0.2, 2))), 'blocking');
            run.requalify(
              teller.owner,
              (t = teller.staffAfter(t, random.between(1, 8))),
              'major',
              'Un contournement rétablit le service : l’anomalie n’est plus bloquante.',
            );
          }
          run.deliverRemedy(teller.owner, (t = teller.businessDaysAfter(t, teller.remedyDays(LATE_DELIVERY))), 'fix', topic.fix, true);
          teller.conclude(run, t);
        },
      };
    case 'requalifiedLate':
      return {
        kind,
        ticket: teller.standard(filed, phone),
        play: (run) => {
          let t = teller.pickup(run, run.row.receivedAt, teller.pickupDelay(LATE_PICKUP));
          teller.qualify(run, (t = teller.staffAfter(t, random.between(0.5, 4))), 'major');
          // DOMAIN "Support clocks": requalified after its deadline, the remedy clock stays breached.
          run.requalify(
            teller.owner,
            (t = teller.businessDaysAfter(t, random.between(6.5, 8.5))),
            'blocking',
            'Le problème s’étend désormais à tous les postes de la mairie.',
          );
          run.deliverActionPlan(teller.owner, (t = teller.staffAfter(t, random.between(1, 8))), random.pick(ACTION_PLANS));
          run.deliverRemedy(teller.owner, (t = teller.businessDaysAfter(t, random.between(0.5, 3))), 'fix', topic.fix, true);
          teller.conclude(run, t);
        },
      };
    case 'cancelled':
      return {
        kind,
        ticket: teller.standard(createdAt, false, random.chance(0.4) ? random.pick(CANCEL_SUBJECTS) : undefined),
        play: (run) => {
          // Withdrawn before the pickup, mostly within the hour; a few after days without an answer (breached).
          const late = random.chance(0.2);
          run.cancel(
            teller.requester,
            late ? teller.clientAfter(run.row.createdAt, random.between(12, 20)) : teller.clientAfter(run.row.createdAt, random.between(0.05, 1.5)),
          );
        },
      };
    case 'reopened':
      return {
        kind,
        ticket: teller.standard(filed, phone),
        play: (run) => {
          let t = teller.pickup(run, run.row.receivedAt, teller.pickupDelay(LATE_PICKUP));
          teller.qualify(run, (t = teller.staffAfter(t, random.between(0.5, 4))), 'minor');
          run.resolve(teller.owner, (t = teller.businessDaysAfter(t, random.between(0.5, 3))), topic.fix);
          const byClient = random.chance(0.8);
          const reason = random.pick(REOPEN_REASONS);
          if (byClient) run.reopen(teller.requester, (t = teller.clientAfter(t, random.between(1, 45))), reason);
          else run.reopen(teller.owner, (t = teller.staffAfter(t, random.between(1, 30))), reason);
          teller.qualify(run, (t = teller.staffAfter(t, random.between(0.5, 6))), random.chance(0.5) ? 'major' : 'minor');
          t = teller.chat(run, t);
          if (run.row.severity === 'major')
            run.deliverRemedy(teller.owner, (t = teller.businessDaysAfter(t, teller.remedyDays(LATE_DELIVERY))), 'fix', topic.fix, true);
          else run.resolve(teller.owner, (t = teller.businessDaysAfter(t, random.between(0.5, 4))), topic.fix);
          teller.conclude(run, t);
        },
      };
    case 'restore':
      return {
        kind,
        ticket: teller.restore(createdAt),
        play: (run) => {
          let t = teller.pickup(run, run.row.receivedAt, teller.pickupDelay(LATE_PICKUP / 2));
          if (random.chance(0.15)) {
            run.refuseRequest(teller.owner, (t = teller.staffAfter(t, random.between(0.5, 4))), REQUEST_REFUSALS[0]!);
          } else {
            t = teller.staffAfter(t, random.between(0.3, 3));
            // The next evening, in the town hall's time, when nobody works on its data.
            const planned = localTimeOn(t, cast.organization.timeZone, 1, 20, 0);
            run.planRequest(teller.owner, t, planned);
            run.completeRequest(teller.owner, (t = teller.staffAfter(planned, random.between(0.2, 2))), REQUEST_RESULTS[0]!);
          }
          teller.conclude(run, t);
        },
      };
    case 'conversation':
      return {
        kind,
        ticket: teller.standard(filed, phone),
        play: (run) => {
          let t = teller.pickup(run, run.row.receivedAt, teller.pickupDelay(LATE_PICKUP));
          teller.qualify(run, (t = teller.staffAfter(t, random.between(0.2, 2))), 'minor');
          for (let exchange = 0; exchange < 22; exchange++) {
            run.comment(teller.requester, (t = teller.clientAfter(t, random.between(0.2, 3))), 'public', random.pick(CLIENT_REPLIES));
            run.comment(
              teller.owner,
              (t = teller.staffAfter(t, random.between(0.1, 2))),
              random.chance(0.2) ? 'internal' : 'public',
              random.pick(STAFF_REPLIES),
            );
          }
          run.resolve(teller.owner, (t = teller.staffAfter(t, random.between(0.5, 4))), topic.fix);
          teller.conclude(run, t);
        },
      };
    case 'softwareAccount':
      return {
        kind,
        ticket: teller.softwareAccount(createdAt),
        play: (run) => {
          let t = teller.pickup(run, run.row.receivedAt, teller.pickupDelay(LATE_PICKUP / 2));
          const details = run.row.requestDetails as { action?: string } | null;
          if (random.chance(0.1)) run.refuseRequest(teller.owner, (t = teller.staffAfter(t, random.between(0.5, 6))), REQUEST_REFUSALS[1]!);
          else {
            if (random.chance(0.15))
              run.planRequest(teller.owner, (t = teller.staffAfter(t, random.between(0.2, 2))), teller.staffAfter(t, random.between(6, 20)));
            run.completeRequest(teller.owner, (t = teller.staffAfter(t, random.between(0.5, 8))), REQUEST_RESULTS[details?.action === 'delete' ? 2 : 1]!);
          }
          teller.conclude(run, t);
        },
      };
  }
}

/** The anomalies: qualified minor, major (remedy within 6 business days) or blocking (action plan within 12 business hours). */
function anomaly(teller: Teller, run: TicketRun, severity: 'minor' | 'major' | 'blocking'): void {
  const { random, topic } = teller;
  let t = teller.pickup(run, run.row.receivedAt, teller.pickupDelay(LATE_PICKUP));
  if (severity !== 'blocking' && random.chance(0.15)) t = teller.askClient(run, t);
  teller.qualify(run, (t = teller.staffAfter(t, random.between(0.2, severity === 'blocking' ? 1.5 : 5))), severity);
  if (severity === 'blocking') {
    const late = random.chance(LATE_DELIVERY);
    run.deliverActionPlan(teller.owner, (t = teller.staffAfter(t, late ? random.between(12.5, 20) : random.between(1, 10))), random.pick(ACTION_PLANS));
  }
  if (severity === 'major' && random.chance(0.25)) t = teller.askClient(run, t);
  t = teller.chat(run, t);
  if (severity === 'minor') {
    run.resolve(teller.owner, (t = teller.businessDaysAfter(t, random.between(0.5, 10))), topic.fix);
  } else {
    if (random.chance(0.35))
      run.deliverRemedy(teller.owner, (t = teller.businessDaysAfter(t, random.between(0.3, 2.5))), 'workaround', topic.workaround, false);
    run.deliverRemedy(teller.owner, (t = teller.businessDaysAfter(t, teller.remedyDays(LATE_DELIVERY))), 'fix', topic.fix, true);
  }
  teller.conclude(run, t);
}

/**
 * A Demande set backwards from `now` so that it stands, now, in the state its kind names
 * (awaiting pickup at risk, an action plan overdue…); its clocks are computed forwards by the engine.
 */
export function presentDraft(cast: Cast, random: Random, now: Date, kind: PresentKind): Draft {
  const teller = new Teller(cast, random);
  const { support, remedy, office, topic } = teller;
  const before = (calendar: BusinessCalendar, end: Date, hours: number) => openTimeBefore(calendar, end, Math.round(hours * HOUR_MS));
  /** Filed, then taken in charge at `takenAt` within the pickup budget. */
  const filedBefore = (takenAt: Date, phone = false) => teller.standard(before(support, takenAt, random.between(0.3, 5)), phone);

  switch (kind) {
    case 'awaitingOnTime':
      return { kind, ticket: teller.standard(before(support, now, random.between(0.3, 2.5)), false), play: () => {} };
    case 'awaitingAtRisk':
    case 'awaitingOverdue': {
      const elapsed = kind === 'awaitingAtRisk' ? random.between(6.4, 7.5) : random.between(9, 14);
      const phone = random.chance(0.3);
      const receivedAt = before(support, now, elapsed);
      const ticket = teller.standard(receivedAt, phone);
      // A call was received `elapsed` ago: typed a few minutes after it.
      const createdAt = phone ? new Date(Math.min(now.getTime(), receivedAt.getTime() + random.int(5, 25) * MINUTE_MS)) : receivedAt;
      return { kind, ticket: { ...ticket, createdAt, receivedAt }, play: () => {} };
    }
    case 'inCharge': {
      const takenAt = before(support, now, random.between(0.3, 2));
      return {
        kind,
        ticket: filedBefore(takenAt, true),
        play: (run) => {
          run.take(teller.owner, takenAt);
          if (random.chance(0.6)) run.comment(teller.owner, new Date(takenAt.getTime() + 5 * MINUTE_MS), 'internal', random.pick(INTERNAL_NOTES));
        },
      };
    }
    case 'waitingShort':
    case 'waitingLong': {
      const askedAt = kind === 'waitingShort' ? before(support, now, random.between(0.5, 3)) : before(remedy, now, random.between(3.6, 5.5) * 24);
      const qualifiedAt = before(support, askedAt, random.between(0.5, 3));
      const takenAt = before(support, qualifiedAt, random.between(0.3, 2));
      return {
        kind,
        ticket: filedBefore(takenAt),
        play: (run) => {
          run.take(teller.owner, takenAt);
          if (kind === 'waitingShort') teller.qualify(run, qualifiedAt, 'major');
          run.requestInformation(teller.owner, askedAt, topic.question);
        },
      };
    }
    case 'actionPlanAtRisk':
    case 'actionPlanOverdue':
    case 'remedyOnTime':
    case 'remedyAtRisk':
    case 'remedyOverdue':
    case 'minorInCorrection': {
      const qualifiedAt = {
        actionPlanAtRisk: () => before(support, now, random.between(9.4, 11.4)),
        actionPlanOverdue: () => before(support, now, random.between(13, 20)),
        remedyOnTime: () => before(remedy, now, random.between(0.8, 3) * 24),
        remedyAtRisk: () => before(remedy, now, random.between(4.7, 5.7) * 24),
        remedyOverdue: () => before(remedy, now, random.between(6.5, 8.5) * 24),
        minorInCorrection: () => before(support, now, random.between(3, 30)),
      }[kind]();
      const severity: Severity = kind.startsWith('actionPlan') ? 'blocking' : kind.startsWith('remedy') ? 'major' : 'minor';
      const takenAt = before(support, qualifiedAt, random.between(0.3, 3));
      return {
        kind,
        ticket: filedBefore(takenAt, random.chance(0.2)),
        play: (run) => {
          run.take(teller.owner, takenAt);
          teller.qualify(run, qualifiedAt, severity);
          const note = new Date(qualifiedAt.getTime() + random.int(5, 40) * MINUTE_MS);
          if (note < now && random.chance(0.5)) run.comment(teller.owner, note, 'internal', random.pick(INTERNAL_NOTES));
        },
      };
    }
    case 'resolvedRecently':
    case 'reopenedNow': {
      const resolvedAt = before(support, new Date(now.getTime() - random.between(2, 6) * DAY_MS), random.between(0.2, 3));
      const qualifiedAt = before(support, resolvedAt, random.between(2, 12));
      const takenAt = before(support, qualifiedAt, random.between(0.3, 3));
      return {
        kind,
        ticket: filedBefore(takenAt),
        play: (run) => {
          run.take(teller.owner, takenAt);
          teller.qualify(run, qualifiedAt, 'minor');
          run.resolve(teller.owner, resolvedAt, topic.fix);
          if (kind === 'reopenedNow') {
            // In the client's last office hours, after the resolution whatever the calendars.
            const lastOffice = before(office, now, random.between(0.3, 4));
            const reopenedAt = lastOffice > resolvedAt ? lastOffice : new Date((resolvedAt.getTime() + now.getTime()) / 2);
            run.reopen(teller.requester, reopenedAt, random.pick(REOPEN_REASONS));
          }
        },
      };
    }
    case 'restorePlanned': {
      const plannedAt = before(support, now, random.between(2, 10));
      const takenAt = before(support, plannedAt, random.between(0.3, 2));
      const createdAt = before(support, takenAt, random.between(0.3, 4));
      return {
        kind,
        ticket: teller.restore(createdAt),
        play: (run) => {
          run.take(teller.owner, takenAt);
          run.planRequest(teller.owner, plannedAt, localTimeOn(now, cast.organization.timeZone, random.int(1, 3), 20, 0));
        },
      };
    }
    case 'softwareRequested':
      return { kind, ticket: teller.softwareAccount(before(support, now, random.between(0.3, 3))), play: () => {} };
  }
}

/**
 * A restore point of the catalogue (§7) at `at`: last night's backup or one of the nights before,
 * now and then a monthly one — proposed from the schedule, then checked by lib/backups
 * `findRestorePoint` at that instant (the rule the portal applies); the full catalogue
 * (`availableRestorePoints`) when the proposal is not a point.
 */
function restorePointAt(random: Random, at: Date, options: { timeZone: string; dailyAt: string }): RestorePoint {
  const [hour, minute] = options.dailyAt.split(':').map(Number) as [number, number];
  const local = DateTime.fromJSDate(at, { zone: options.timeZone });
  const night = random.chance(0.85) ? local.minus({ days: random.int(0, 4) }) : local.minus({ months: random.int(0, 2) }).set({ day: 1 });
  const proposal = night.set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
  const lookup = findRestorePoint(at, options, proposal);
  if (lookup.ok) return lookup.point;
  return random.pick(availableRestorePoints(at, options));
}

function emailLocalPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}
