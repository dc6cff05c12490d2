export {
  cancelClock,
  CLOCK_OUTCOMES,
  DEFAULT_AT_RISK_RATIO,
  isLate,
  PAUSE_CAUSES,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
  supersedeClock,
  type Clock,
  type ClockOutcome,
  type PauseCause,
  type StartClockOptions,
} from './clock';
export { applyClockEffects, liftSuspension, suspendClocks, type ApplyClockEffectsOptions, type ClockEffect } from './clock-effects';
export { CLOCK_BUDGET_MS, CLOCK_KIND_LABELS, CLOCK_KINDS, clockCalendar, type ClockKind, type QualificationClockKind } from './clock-kinds';
export { clockState, remainingBusinessMs, type ClockState } from './clock-state';
export { businessDurationWords } from './clock-words';
export { explainClockDeadline } from './explain-clock';
export {
  CLOCK_DISPLAY_STATE_LABELS,
  CLOCK_DISPLAY_STATES,
  currentClock,
  presentClock,
  type ClockAudience,
  type ClockDisplayState,
  type ClockPresentation,
} from './present-clock';
export { describeClock } from './describe-clock';
export { nextClockTransition, type ClockTransition, type ClockTransitionKind } from './present-transition';
export { contractPeriod, type ContractPeriod } from './contract-period';
export { PICKUP_COMPLIANCE_TARGET, pickupCompliance, type PickupClockRecord, type PickupCompliance } from './pickup-compliance';
export { presentPickupCompliance, type CompliancePresentation } from './present-compliance';
export { remedyCalendar } from './remedy-calendar';
export { requalify, type RequalifyOptions } from './requalify';
export { clockKindForSeverity, SEVERITIES, type Severity } from './severity';
export { SlaError, type SlaErrorCode } from './sla-error';
