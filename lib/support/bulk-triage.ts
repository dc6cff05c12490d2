/** Bulk triage from a queue (assign or take in charge several Demandes): each one's own outcome. */
export type BulkTriageIntent = 'assign' | 'take';

export interface BulkTriageResult {
  ticketId: string;
  ok: boolean;
  /** Why the lifecycle or the rights refused this one, in French. */
  reason?: string;
}

export interface BulkTriageOutcome {
  intent: BulkTriageIntent;
  results: BulkTriageResult[];
}
