import { formatDateTime, formatDeadline } from '@/lib/format/french-date';
import { isLate, type Clock } from './clock';
import { CLOCK_KIND_LABELS, type ClockKind } from './clock-kinds';
import { clockState, remainingBusinessMs } from './clock-state';
import { businessDurationWords, CLOCK_COMMITMENTS, CLOCK_DELIVERIES } from './clock-words';

/** Who reads: the client is told what the support waits for from them, staff what they wait for from the client. */
export type ClockAudience = 'client' | 'staff';

/**
 * The one vocabulary of a clock's state, on every page, email and notification: running (dans le
 * délai, à risque, hors délai), paused (for the client's answer, or the support suspended), or
 * ended (tenu, dépassé, remplacé at a requalification, sans objet once the Demande is cancelled).
 */
export const CLOCK_DISPLAY_STATES = [
  'on_time',
  'at_risk',
  'overdue',
  'waiting_client',
  'support_suspended',
  'met',
  'breached',
  'superseded',
  'cancelled',
] as const;
export type ClockDisplayState = (typeof CLOCK_DISPLAY_STATES)[number];

export const CLOCK_DISPLAY_STATE_LABELS: Readonly<Record<ClockDisplayState, string>> = {
  on_time: 'Dans le délai',
  at_risk: 'À risque',
  overdue: 'Hors délai',
  waiting_client: 'En pause',
  support_suspended: 'En pause',
  met: 'Tenu',
  breached: 'Dépassé',
  superseded: 'Remplacé',
  cancelled: 'Sans objet',
};

export interface ClockPresentation {
  kind: ClockKind;
  state: ClockDisplayState;
  /** "Dans le délai", "En pause", "Tenu"… */
  label: string;
  /** "Prise en charge : dans le délai": the clock and its state, for a heading. */
  title: string;
  /** The commitment alone, for an acknowledgment: "prise en charge au plus tard lundi 30 novembre 2026 à 17:30". */
  commitment: string;
  /**
   * The sentence: "Prise en charge au plus tard lundi 30 novembre 2026 à 17:30 (dans le délai)",
   * "En pause : en attente de votre réponse", "Tenu : pris en charge le …", "Dépassé de 2 h ouvrées : …".
   */
  sentence: string;
  /** "reste 3 h 20 ouvrées", "reste 5 jours ouvrés et 3 h à la reprise", "en retard de 2 h ouvrées"; null once ended. */
  remaining: string | null;
  /** The deadline as written in the sentence (a deadline at 00:00 reads as 24:00 the day before). */
  due: string;
  dueAt: Date;
  /** Share of the budget used, 0 to 1 (1 once late), for a gauge's length. */
  used: number;
}

/**
 * What a clock says at `now`, in the reader's zone, to `audience`: the same clock at the same
 * instant reads the same on every page, email and notification. The boundary is lib/sla's
 * (`isLate`): on time up to dueAt itself, hors délai from the next millisecond.
 */
export function presentClock(clock: Clock, now: Date, timeZone: string, audience: ClockAudience): ClockPresentation {
  const state = displayState(clock, now);
  const label = CLOCK_DISPLAY_STATE_LABELS[state];
  const due = formatDeadline(clock.dueAt, timeZone);
  const commitment = `${CLOCK_COMMITMENTS[clock.kind]} au plus tard ${due}`;
  const leftMs = remainingBusinessMs(clock, now);
  const duration = businessDurationWords(clock.kind, leftMs);
  return {
    kind: clock.kind,
    state,
    label,
    title: `${CLOCK_KIND_LABELS[clock.kind]} : ${label.toLowerCase()}`,
    commitment,
    sentence: sentenceOf(clock, state, { commitment, duration, timeZone, audience }),
    remaining: remainingWords(clock, now, duration),
    due,
    dueAt: clock.dueAt,
    used: usedShare(clock, leftMs),
  };
}

function displayState(clock: Clock, now: Date): ClockDisplayState {
  const state = clockState(clock, now);
  if (state !== 'paused') return state;
  return clock.pauseCauses.includes('support_suspended') ? 'support_suspended' : 'waiting_client';
}

const WAITING: Readonly<Record<ClockAudience, string>> = {
  client: 'en attente de votre réponse',
  staff: 'en attente du client',
};

function sentenceOf(
  clock: Clock,
  state: ClockDisplayState,
  { commitment, duration, timeZone, audience }: { commitment: string; duration: string; timeZone: string; audience: ClockAudience },
): string {
  const stoppedAt = clock.stoppedAt ? formatDateTime(clock.stoppedAt, timeZone) : '';
  switch (state) {
    case 'on_time':
    case 'at_risk':
    case 'overdue':
      return `${capitalize(commitment)} (${CLOCK_DISPLAY_STATE_LABELS[state].toLowerCase()})`;
    case 'waiting_client':
      return `En pause : ${WAITING[audience]}`;
    case 'support_suspended':
      return clock.pauseCauses.includes('waiting_client') ? `En pause : support suspendu, et ${WAITING[audience]}` : 'En pause : support suspendu';
    case 'met':
      return `Tenu : ${CLOCK_DELIVERIES[clock.kind]} le ${stoppedAt}`;
    case 'breached':
      return `Dépassé de ${duration} : ${commitment}`;
    case 'superseded':
      return `Remplacé : demande requalifiée le ${stoppedAt}, avant l’échéance`;
    case 'cancelled':
      return `Sans objet : demande annulée le ${stoppedAt}`;
  }
}

/** Late or not by lib/sla's one rule, never by the sign of a rounded duration (after closing time, lateness is 0 business ms). */
function remainingWords(clock: Clock, now: Date, duration: string): string | null {
  if (clock.stoppedAt !== null) return null;
  if (isLate(clock, clock.pausedAt ?? now)) return `en retard de ${duration}`;
  return clock.pausedAt === null ? `reste ${duration}` : `reste ${duration} à la reprise`;
}

function usedShare(clock: Clock, leftMs: number): number {
  // A resumed clock's budget grew by the business time spent paused.
  const budget = clock.budgetMs + clock.pausedBusinessMs;
  return budget > 0 ? Math.min(1, Math.max(0, 1 - leftMs / budget)) : 1;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The clock a list shows for a Demande: the running one due first (paused or not), else the one
 * that ended last; null when none ever started.
 */
export function currentClock<C extends Clock>(clocks: readonly C[]): C | null {
  const running = clocks.filter((clock) => clock.stoppedAt === null).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  if (running[0]) return running[0];
  const ended = [...clocks].sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0));
  return ended[0] ?? null;
}
