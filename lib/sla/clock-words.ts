import type { ClockKind } from './clock-kinds';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
// §1, DOMAIN "Time": a jour ouvré of the remedy is 24 h of its Monday–Friday calendar.
const DAY_MS = 24 * HOUR_MS;

/**
 * A business duration as a person reads it, for a clock of `kind` (sign ignored; the caller says
 * "reste" or "retard"). Rounded to the minute, and a few seconds are "moins d’une minute", never
 * "36 s". Hour clocks in hours and minutes of opening hours: "3 h 20 ouvrées", "45 min ouvrées".
 * The remedy in business days and hours, as §14 counts it: "5 jours ouvrés et 3 h", "6 jours
 * ouvrés"; under a day, plain hours ("20 h 15"), since its hours are not the support's opening hours.
 */
export function businessDurationWords(kind: ClockKind, ms: number): string {
  const minutes = Math.round(Math.abs(ms) / MINUTE_MS);
  const worked = kind === 'remedy' ? '' : ' ouvrée';
  if (minutes === 0) return `moins d’une minute${worked}`;
  if (kind === 'remedy' && minutes * MINUTE_MS >= DAY_MS) {
    const days = Math.floor((minutes * MINUTE_MS) / DAY_MS);
    const hours = Math.floor(((minutes * MINUTE_MS) % DAY_MS) / HOUR_MS);
    const dayWords = `${days} jour${plural(days)} ouvré${plural(days)}`;
    return hours === 0 ? dayWords : `${dayWords} et ${hours} h`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const text = hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
  return worked ? `${text}${worked}${plural(hours === 0 ? rest : hours)}` : text;
}

function plural(count: number): string {
  return count > 1 ? 's' : '';
}

/** What each clock promises, in the words of a sentence: "prise en charge au plus tard …". */
export const CLOCK_COMMITMENTS: Readonly<Record<ClockKind, string>> = {
  pickup: 'prise en charge',
  actionPlan: 'plan d’action corrective',
  remedy: 'correction ou contournement',
};

/** What keeping it was: "Tenu : pris en charge le …". */
export const CLOCK_DELIVERIES: Readonly<Record<ClockKind, string>> = {
  pickup: 'pris en charge',
  actionPlan: 'plan d’action envoyé',
  remedy: 'correction ou contournement livré',
};
