import type { QualificationClockKind } from '@/lib/sla';
import type { Qualification } from './qualification';
import type { StatusBeforeWaiting, TicketStatus } from './statuses';
import type { RequestStep, TicketType } from './ticket-types';

/** The part of a Demande its lifecycle reads and writes. */
export interface TicketState {
  /** An ordinary Demande, or a typed request (restore, software account) with its own steps. */
  type: TicketType;
  /** A typed request's step; null for an ordinary Demande. */
  requestStep: RequestStep | null;
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
