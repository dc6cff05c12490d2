import type { QualificationClockKind } from '@/lib/sla';
import type { Qualification } from './qualification';
import type { StatusBeforeWaiting, TicketStatus } from './statuses';

/** The part of a Demande its lifecycle reads and writes. */
export interface TicketState {
  status: TicketStatus;
  qualification: Qualification | null;
  /** The §14 clock still owed for the current qualification, running or paused; null once delivered or when none is owed. */
  runningClock: QualificationClockKind | null;
  /** Set while "En attente du client": where the client's answer brings the Demande back. */
  statusBeforeWaiting: StatusBeforeWaiting | null;
  assigneeId: string | null;
  /** Set by the resolution, kept once closed; the client's reopen delay counts from it. */
  resolvedAt: Date | null;
}
