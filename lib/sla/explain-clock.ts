import { DateTime } from 'luxon';
import { explainDeadline } from '@/lib/calendar';
import { formatDateTime, formatDeadline } from '@/lib/format/french-date';
import { frenchList } from '@/lib/format/french-list';
import type { Clock } from './clock';
import { businessDurationWords } from './clock-words';

type ExplainedClock = Pick<Clock, 'kind' | 'calendar' | 'budgetMs' | 'startedAt' | 'dueAt' | 'pausedBusinessMs'> & Partial<Pick<Clock, 'pausedAt'>>;

/**
 * Why a deadline is what it is, in words: "Dû lundi 9 mars 2026 à 11:30 : 8 h ouvrées depuis
 * vendredi 6 mars 2026 à 16:15, hors week-end et Fête du Travail (1 mai)", plus the time added
 * by pauses. Durations and the deadline are written as presentClock writes them.
 */
export function explainClockDeadline(clock: ExplainedClock, timeZone: string): string {
  const explanation = explainDeadline(clock.calendar, clock.startedAt, clock.budgetMs);
  const skippedParts: string[] = [];
  if (explanation.skipped.some((day) => day.isoWeekday >= 6 && day.reason !== 'holiday')) skippedParts.push('week-end');
  for (const day of explanation.skipped) {
    if (day.reason === 'holiday') skippedParts.push(`${day.label ?? 'jour férié'} (${shortDate(day.date)})`);
    else if (day.reason === 'closed') skippedParts.push(`fermeture exceptionnelle du ${shortDate(day.date)}`);
  }
  const outside = clock.kind === 'remedy' ? 'démarré un jour non ouvré' : 'démarré hors heures ouvrées';
  const counted =
    explanation.countedFrom.getTime() === explanation.start.getTime()
      ? `depuis ${formatDateTime(explanation.start, timeZone)}`
      : `depuis le ${formatDateTime(explanation.countedFrom, timeZone)} (${outside})`;
  const skipped = skippedParts.length > 0 ? `, hors ${frenchList([...new Set(skippedParts)])}` : '';
  const paused = clock.pausedBusinessMs > 0 ? ` ; reporté de ${businessDurationWords(clock.kind, clock.pausedBusinessMs)}, le temps passé en pause` : '';
  const pausing = clock.pausedAt ? ` ; en pause depuis le ${formatDateTime(clock.pausedAt, timeZone)} : l’échéance sera repoussée d’autant à la reprise` : '';
  return `Dû ${formatDeadline(clock.dueAt, timeZone)} : ${businessDurationWords(clock.kind, clock.budgetMs)} ${counted}${skipped}${paused}${pausing}.`;
}

function shortDate(isoDate: string): string {
  return DateTime.fromISO(isoDate).setLocale('fr-FR').toFormat('d LLLL');
}
