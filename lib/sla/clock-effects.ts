import type { BusinessCalendar } from '@/lib/calendar';
import { cancelClock, pauseClock, resumeClock, startClock, stopClock, type Clock } from './clock';
import { CLOCK_KIND_LABELS, type ClockKind, type QualificationClockKind } from './clock-kinds';
import { requalify } from './requalify';
import type { Severity } from './severity';
import { SlaError } from './sla-error';

/** What a change of a Demande does to its clocks; produced by lib/tickets, applied here. */
export type ClockEffect =
  | { type: 'start'; kind: ClockKind }
  | { type: 'stop'; kind: ClockKind }
  | { type: 'cancel'; kind: ClockKind }
  | { type: 'pause'; kind: QualificationClockKind }
  | { type: 'resume'; kind: QualificationClockKind }
  | { type: 'requalify'; severity: Severity; paused: boolean };

export interface ApplyClockEffectsOptions {
  supportCalendar: BusinessCalendar;
  now: Date;
  atRiskRatio?: number;
  /** The organization's support is suspended (§13): a clock started now starts paused. */
  suspended?: boolean;
}

/**
 * Applies effects in order to the clocks of one Demande. A clock changed keeps its index
 * and a started one is appended, so the caller finds what to write by comparing
 * `next[i] !== clocks[i]` and `i >= clocks.length`.
 */
export function applyClockEffects<C extends Clock>(clocks: readonly C[], effects: readonly ClockEffect[], options: ApplyClockEffectsOptions): Array<C | Clock> {
  return effects.reduce<Array<C | Clock>>((current, effect) => applyClockEffect(current, effect, options), [...clocks]);
}

function applyClockEffect<C extends Clock>(
  clocks: Array<C | Clock>,
  effect: ClockEffect,
  { supportCalendar, now, atRiskRatio, suspended = false }: ApplyClockEffectsOptions,
): Array<C | Clock> {
  switch (effect.type) {
    case 'start': {
      if (runningIndex(clocks, effect.kind) !== -1) {
        throw new SlaError('already_running', `Le délai « ${CLOCK_KIND_LABELS[effect.kind]} » court déjà.`);
      }
      const started = startClock(effect.kind, supportCalendar, now, { atRiskRatio });
      return [...clocks, suspended ? pauseClock(started, now, 'support_suspended') : started];
    }
    case 'requalify':
      return requalify(clocks, effect.severity, now, supportCalendar, { atRiskRatio, paused: effect.paused, suspended });
    case 'stop':
      return updateRunning(clocks, effect.kind, (clock) => stopClock(clock, now));
    case 'cancel':
      return updateRunning(clocks, effect.kind, (clock) => cancelClock(clock, now));
    case 'pause':
      return updateRunning(clocks, effect.kind, (clock) => pauseClock(clock, now));
    case 'resume':
      return updateRunning(clocks, effect.kind, (clock) => resumeClock(clock, now));
  }
}

/** §13: suspending an organization's support pauses every running clock of its Demandes, the pickup included. */
export function suspendClocks<C extends Clock>(clocks: readonly C[], now: Date): C[] {
  return clocks.map((clock) =>
    clock.stoppedAt === null && !clock.pauseCauses.includes('support_suspended') ? pauseClock(clock, now, 'support_suspended') : clock,
  );
}

/** Lifting the suspension resumes them; a clock also waiting for the client stays paused for that. */
export function liftSuspension<C extends Clock>(clocks: readonly C[], now: Date): C[] {
  return clocks.map((clock) =>
    clock.stoppedAt === null && clock.pauseCauses.includes('support_suspended') ? resumeClock(clock, now, 'support_suspended') : clock,
  );
}

function runningIndex(clocks: readonly Clock[], kind: ClockKind): number {
  return clocks.findIndex((clock) => clock.kind === kind && clock.stoppedAt === null);
}

function updateRunning<T extends Clock>(clocks: T[], kind: ClockKind, update: (clock: T) => T): T[] {
  const index = runningIndex(clocks, kind);
  if (index === -1) {
    throw new SlaError('no_running_clock', `Aucun délai « ${CLOCK_KIND_LABELS[kind]} » n'est en cours.`);
  }
  return clocks.map((clock, position) => (position === index ? update(clock) : clock));
}
