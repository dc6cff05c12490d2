import { addBusinessTime, businessTimeBetween, type BusinessCalendar } from '@/lib/calendar';
import { CLOCK_BUDGET_MS, CLOCK_KIND_LABELS, clockCalendar, type ClockKind } from './clock-kinds';
import { SlaError } from './sla-error';

/**
 * How a stopped clock ended. `cancelled`: the Demande was cancelled before the deadline, so
 * the commitment is neither met nor breached (a cancellation after the deadline is `breached`).
 */
export const CLOCK_OUTCOMES = ['met', 'breached', 'superseded', 'cancelled'] as const;
export type ClockOutcome = (typeof CLOCK_OUTCOMES)[number];

/**
 * Why a clock stands still (DOMAIN "Support clocks"): waiting for the client's information
 * (action plan and remedy only), or the organization's support suspended (§13, every clock,
 * the pickup included). Both may hold at once; the clock resumes when neither does.
 */
export const PAUSE_CAUSES = ['waiting_client', 'support_suspended'] as const;
export type PauseCause = (typeof PAUSE_CAUSES)[number];

/** DOMAIN "Support clocks": à risque once 75 % of the budget is used, unless configured. */
export const DEFAULT_AT_RISK_RATIO = 0.75;

/**
 * A support clock (§13, §14). Its deadlines are computed when it starts, pauses or resumes,
 * never re-derived on a page view. It keeps the calendar it was started with — calendars
 * are values, an edit makes a new one — so a later edit never moves its deadlines.
 */
export interface Clock {
  kind: ClockKind;
  calendar: BusinessCalendar;
  budgetMs: number;
  atRiskRatio: number;
  startedAt: Date;
  dueAt: Date;
  atRiskAt: Date;
  /** When the current pause began; null while the clock runs. */
  pausedAt: Date | null;
  /** Why it is paused now: empty exactly when `pausedAt` is null. */
  pauseCauses: readonly PauseCause[];
  /** Business time spent in closed pauses; a pause still running is not counted yet. */
  pausedBusinessMs: number;
  stoppedAt: Date | null;
  outcome: ClockOutcome | null;
}

export interface StartClockOptions {
  atRiskRatio?: number;
}

/** Starts a clock at `now`; a start outside opening hours counts from the next opening. */
export function startClock(
  kind: ClockKind,
  supportCalendar: BusinessCalendar,
  now: Date,
  { atRiskRatio = DEFAULT_AT_RISK_RATIO }: StartClockOptions = {},
): Clock {
  if (!(atRiskRatio > 0 && atRiskRatio <= 1)) {
    throw new SlaError('invalid_at_risk_ratio', 'Le seuil « à risque » doit être une part du délai, entre 0 (exclu) et 1.');
  }
  const calendar = clockCalendar(kind, supportCalendar);
  const budgetMs = CLOCK_BUDGET_MS[kind];
  return {
    kind,
    calendar,
    budgetMs,
    atRiskRatio,
    startedAt: new Date(now),
    dueAt: addBusinessTime(calendar, now, budgetMs),
    atRiskAt: addBusinessTime(calendar, now, Math.round(budgetMs * atRiskRatio)),
    pausedAt: null,
    pauseCauses: [],
    pausedBusinessMs: 0,
    stoppedAt: null,
    outcome: null,
  };
}

/**
 * Pauses a clock for `cause` (DOMAIN "Support clocks"): waiting for the client pauses the
 * action-plan and remedy clocks, never the pickup; a suspended support pauses every clock.
 * A clock already paused for the other cause keeps its pause instant.
 */
export function pauseClock<C extends Clock>(clock: C, now: Date, cause: PauseCause = 'waiting_client'): C {
  if (clock.kind === 'pickup' && cause === 'waiting_client') {
    throw new SlaError('pickup_never_pauses', 'Le délai de prise en charge ne se met pas en pause pendant l’attente du client.');
  }
  assertRunning(clock, now);
  if (clock.pauseCauses.includes(cause)) {
    throw new SlaError('already_paused', `Le délai « ${CLOCK_KIND_LABELS[clock.kind]} » est déjà en pause.`);
  }
  return { ...clock, pausedAt: clock.pausedAt ?? new Date(now), pauseCauses: [...clock.pauseCauses, cause] };
}

/**
 * Lifts one cause of pause; when none is left the clock runs again, dueAt and atRiskAt pushed
 * by the business time spent paused.
 */
export function resumeClock<C extends Clock>(clock: C, now: Date, cause: PauseCause = 'waiting_client'): C {
  assertRunning(clock, now);
  if (!clock.pauseCauses.includes(cause)) {
    throw new SlaError('not_paused', `Le délai « ${CLOCK_KIND_LABELS[clock.kind]} » n'est pas en pause.`);
  }
  const remaining = clock.pauseCauses.filter((other) => other !== cause);
  return remaining.length > 0 ? { ...clock, pauseCauses: remaining } : endPause(clock, now);
}

/**
 * The deliverable arrived: met when no later than dueAt. A paused clock is judged at the
 * instant it paused, since no business time counts while waiting for the client.
 */
export function stopClock<C extends Clock>(clock: C, now: Date): C {
  assertRunning(clock, now);
  return { ...endPause(clock, now), stoppedAt: new Date(now), outcome: judge(clock, now, 'met') };
}

/**
 * DOMAIN "Support clocks": requalification stops the running clock, kept in the history and
 * judged at that instant: past its dueAt it is breached, and requalifying never erases that.
 */
export function supersedeClock<C extends Clock>(clock: C, now: Date): C {
  assertRunning(clock, now);
  return { ...endPause(clock, now), stoppedAt: new Date(now), outcome: judge(clock, now, 'superseded') };
}

/** The Demande was cancelled: nothing is owed any more, unless the deadline had already passed. */
export function cancelClock<C extends Clock>(clock: C, now: Date): C {
  assertRunning(clock, now);
  return { ...endPause(clock, now), stoppedAt: new Date(now), outcome: judge(clock, now, 'cancelled') };
}

/** DOMAIN "Support clocks", the exact instant: at or before dueAt is on time; strictly after is late. */
export function isLate(clock: Pick<Clock, 'dueAt'>, at: Date): boolean {
  return at.getTime() > clock.dueAt.getTime();
}

function judge(clock: Clock, now: Date, onTime: 'met' | 'cancelled' | 'superseded'): ClockOutcome {
  return isLate(clock, clock.pausedAt ?? now) ? 'breached' : onTime;
}

function endPause<C extends Clock>(clock: C, now: Date): C {
  if (clock.pausedAt === null) return clock;
  const pausedMs = businessTimeBetween(clock.calendar, clock.pausedAt, now);
  if (pausedMs === 0) return { ...clock, pausedAt: null, pauseCauses: [] };
  return {
    ...clock,
    pausedAt: null,
    pauseCauses: [],
    pausedBusinessMs: clock.pausedBusinessMs + pausedMs,
    dueAt: addBusinessTime(clock.calendar, clock.dueAt, pausedMs),
    atRiskAt: addBusinessTime(clock.calendar, clock.atRiskAt, pausedMs),
  };
}

function assertRunning(clock: Clock, now: Date): void {
  if (clock.stoppedAt !== null) {
    throw new SlaError('already_stopped', `Le délai « ${CLOCK_KIND_LABELS[clock.kind]} » est déjà arrêté.`);
  }
  const latest = clock.pausedAt ?? clock.startedAt;
  if (now.getTime() < latest.getTime()) {
    throw new SlaError('before_clock_event', 'Un délai ne peut pas changer à un instant antérieur à son dernier changement.');
  }
}
