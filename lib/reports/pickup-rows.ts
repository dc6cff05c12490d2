import { formatDateTime } from '@/lib/format/french-date';
import type { Severity } from '@/lib/sla';
import type { TicketChannel } from '@/lib/tickets';

/** Where a Demande's pickup stands: taken in charge, still waiting, or cancelled before it was. */
export type PickupState = 'taken' | 'waiting' | 'cancelled';

/** A Demande's pickup as the reports list it (late ones, excluded ones). */
export interface PickupRow {
  ticketId: string;
  reference: string;
  organizationName: string;
  module: string;
  channel: TicketChannel;
  severity: Severity | null;
  /** When its pickup clock started: registration, or the phone call's start. */
  receivedAt: Date;
  dueAt: Date;
  state: PickupState;
  /** When it was taken in charge or cancelled; null while it waits. */
  endedAt: Date | null;
  /** Taken in charge (or cancelled, or still waiting at `now`) strictly after its deadline (lib/sla `isLate`). */
  late: boolean;
  /** Business time past the deadline, on the clock's calendar (lib/reports `latenessMs`); 0 when on time. */
  latenessMs: number;
}

/** A Demande a manager took out of the pickup ratio (§13), with the reason the client is shown. */
export interface ExcludedPickupRow extends PickupRow {
  excludedAt: Date;
  reason: string;
}

/** The pickup state from what the clock and the Demande record: a pickup clock stops when taken in charge or cancelled. */
export function pickupStateOf(clock: { stoppedAt: Date | null }, pickedUpAt: Date | null): PickupState {
  if (clock.stoppedAt === null) return 'waiting';
  return pickedUpAt !== null ? 'taken' : 'cancelled';
}

/** "Prise en charge le mardi 3 mars 2026 à 09:00", "En attente de prise en charge", "Annulée le … sans prise en charge". */
export function pickupStateWords(row: Pick<PickupRow, 'state' | 'endedAt'>, timeZone: string): string {
  if (row.state === 'waiting' || row.endedAt === null) return 'En attente de prise en charge';
  const at = formatDateTime(row.endedAt, timeZone);
  return row.state === 'taken' ? `Prise en charge le ${at}` : `Annulée le ${at} sans prise en charge`;
}
