import type { ClockKind } from '@/lib/sla';
import { formatDateTime } from './french-date';

const PHRASES: Record<ClockKind, string> = {
  pickup: 'prise en charge au plus tard',
  actionPlan: 'plan d’action corrective au plus tard',
  remedy: 'correction ou contournement au plus tard',
};

/** "prise en charge au plus tard lundi 9 mars 2026 à 11:30", in the reader's zone. */
export function deadlinePhrase(kind: ClockKind, dueAt: Date, timeZone: string): string {
  return `${PHRASES[kind]} ${formatDateTime(dueAt, timeZone)}`;
}

/** A business duration in words: "3 h 20 ouvrées", "45 min ouvrées", "2 h ouvrées de retard", "20 s ouvrées". */
export function businessDurationPhrase(ms: number): string {
  const late = ms < 0;
  if (Math.abs(ms) < 60_000 && ms !== 0) {
    const seconds = Math.max(1, Math.round(Math.abs(ms) / 1000));
    return `${seconds} s ouvrée${seconds > 1 ? 's' : ''}${late ? ' de retard' : ''}`;
  }
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const text = hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
  return `${text} ouvrée${hours > 1 || (hours === 0 && rest > 1) ? 's' : ''}${late ? ' de retard' : ''}`;
}

const DAY_MS = 24 * 3_600_000;

/** A budget as the booklet states it: "6 jours ouvrés" (§14) for the remedy, hours otherwise. */
export function budgetPhrase(kind: ClockKind, ms: number): string {
  if (kind === 'remedy' && ms % DAY_MS === 0) {
    const days = ms / DAY_MS;
    return `${days} jour${days > 1 ? 's' : ''} ouvré${days > 1 ? 's' : ''}`;
  }
  return businessDurationPhrase(ms);
}
