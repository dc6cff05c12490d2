export { REMEDY_KIND_LABELS, REMEDY_KINDS, TICKET_ACTION_LABELS, TICKET_ACTIONS, type RemedyKind, type TicketAction } from './actions';
export { actorContextOf, type ActorContext } from './actor';
export {
  CHANNEL_LABELS,
  MESSAGE_KINDS,
  REPLY_PREFERENCE_LABELS,
  REPLY_PREFERENCES,
  TICKET_CHANNELS,
  type MessageKind,
  type ReplyPreference,
  type TicketChannel,
} from './channels';
export { can, type Decision, type DecisionContext } from './can';
export { QUALIFICATION_OUTCOME_LABELS, QUALIFICATION_OUTCOMES, SEVERITY_LABELS, type Qualification, type QualificationOutcome } from './qualification';
export { SEVERITY_GUIDE, severityExplanation, severityHelpPath, type SeverityExplanation } from './severity-guide';
export { CLIENT_REOPEN_DELAY_DAYS, clientReopenDeadline } from './reopen-delay';
export { DEFAULT_WAITING_REMINDER_BUSINESS_DAYS } from './waiting-reminder';
export { STATUSES_BEFORE_WAITING, TICKET_STATUS_LABELS, TICKET_STATUSES, type StatusBeforeWaiting, type TicketStatus } from './statuses';
export { TicketError } from './ticket-error';
export { REQUEST_STEP_LABELS, REQUEST_STEPS, TICKET_TYPE_LABELS, TICKET_TYPES, type RequestStep, type TicketType } from './ticket-types';
export type { TicketState } from './ticket-state';
export { registerTicket, transition, type TicketCommand, type TransitionResult } from './transition';
export { TRANSITIONS, type ActorRequirement, type TicketCondition, type TransitionRule } from './transitions';
export { TICKET_REFERENCE_PATTERN, formatTicketReference } from './reference';
export { describeTicketEvent } from './event-description';
export { TICKET_EVENT_TYPES, type TicketEventType } from './event-types';
export {
  describeRequest,
  requestDetailsOf,
  requestSubject,
  SOFTWARE_ACCOUNT_ACTION_LABELS,
  SOFTWARE_ACCOUNT_ACTIONS,
  type RequestDetails,
  type RestoreRequestDetails,
  type SoftwareAccountAction,
  type SoftwareAccountDetails,
} from './request-details';
export {
  describeRequestProgress,
  REFUSAL_HEADING,
  REQUEST_STATE_LABELS,
  requestAnswer,
  requestResultWording,
  requestStateOf,
  requestStepNotice,
  type RequestAnswer,
  type RequestStepTaken,
  type RequestProgressInput,
  type RequestResultWording,
  type RequestState,
} from './request-progress';
export { awaitedQuestion } from './awaited-question';
