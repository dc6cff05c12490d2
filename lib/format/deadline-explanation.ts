import { DateTime } from 'luxon';
import { explainDeadline, type BusinessCalendar } from '@/lib/calendar';
import type { ClockKind } from '@/lib/sla';
import { budgetPhrase, businessDurationPhrase } from './deadline';
import { formatDateTime } from './french-date';

interface ExplainedClock {
  kind: ClockKind;
  calendar: BusinessCalendar;
  budgetMs: number;
  startedAt: Date;
  dueAt: Date;
  pausedBusinessMs: number;
}

/**
 * Why a deadline is what it is, in words: "dû lundi 9 mars 2026 à 11:30 : 8 h ouvrées depuis
 * vendredi 6 mars 2026 à 16:15, hors week-end et Fête du Travail (1er mai)", plus the time
 * added by pauses.
 */
export function explainClockDeadline(clock: ExplainedClock, timeZone: string): string {
  const explanation = explainDeadline(clock.calendar, clock.startedAt, clock.budgetMs);
  const skippedParts: string[] = [];
  if (explanation.skipped.some((day) => day.isoWeekday >= 6 && day.reason !== 'holiday')) skippedParts.push('week-end');
  for (const day of explanation.skipped) {
    if (day.reason === 'holiday') skippedParts.push(`${day.label ?? 'jour férié'} (${shortDate(day.date)})`);
    else if (day.reason === 'closed') skippedParts.push(`fermeture exceptionnelle du ${shortDate(day.date)}`);
  }
  const counted =
    explanation.countedFrom.getTime() === explanation.start.getTime()
      ? `depuis ${formatDateTime(explanation.start, timeZone)}`
      : `depuis l’ouverture du ${formatDateTime(explanation.countedFrom, timeZone)} (enregistrement hors heures ouvrées)`;
  const skipped = skippedParts.length > 0 ? `, hors ${joinFrench([...new Set(skippedParts)])}` : '';
  const paused = clock.pausedBusinessMs > 0 ? ` ; reporté de ${businessDurationPhrase(clock.pausedBusinessMs)} d’attente du client` : '';
  return `Dû ${formatDateTime(clock.dueAt, timeZone)} : ${budgetPhrase(clock.kind, clock.budgetMs)} ${counted}${skipped}${paused}.`;
}

function shortDate(isoDate: string): string {
  return DateTime.fromISO(isoDate).setLocale('fr-FR').toFormat('d LLLL');
}

function joinFrench(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
}
