export type SlaErrorCode =
  | 'pickup_never_pauses'
  | 'already_paused'
  | 'not_paused'
  | 'already_stopped'
  | 'already_running'
  | 'no_running_clock'
  | 'before_clock_event'
  | 'invalid_at_risk_ratio'
  | 'invalid_support_start_date'
  | 'support_not_started';

/** A support clock used against its rules (§13, §14); the message is French, fit to show. */
export class SlaError extends Error {
  override readonly name = 'SlaError';

  constructor(
    readonly code: SlaErrorCode,
    message: string,
  ) {
    super(message);
  }
}
