// Availability of the service (booklet §5, §6; DOMAIN "Availability"): pure, no I/O, "now"
// is an argument. Per month in the organization's zone: the reference period (PRT), the
// downtime (TI) and the rate TD = (PRT − Σ TI) / PRT × 100. Time is measured by the calendar
// engine, exact across clock changes. Bad arguments throw RangeError; a malformed closed
// day, CalendarError (from @/lib/calendar).
export {
  INCIDENT_CAUSES,
  INCIDENT_CAUSE_LABELS,
  INCIDENT_ENVIRONMENTS,
  INCIDENT_ENVIRONMENT_LABELS,
  countsAsDowntime,
  isIncidentCause,
  isIncidentEnvironment,
  isMaintenanceCause,
  type Incident,
  type IncidentCause,
  type IncidentEnvironment,
} from './incident';
export { isMonth, monthBounds, monthOf, monthsEnding, type Month } from './month';
export { referencePeriodMs } from './reference-period';
export { availabilityHistory, monthlyAvailability, type MonthAvailability, type MonthlyAvailability } from './monthly-availability';
export {
  EXCLUSION_REASONS,
  EXCLUSION_REASON_LABELS,
  incidentBreakdown,
  type Exclusion,
  type ExclusionReason,
  type IncidentBreakdown,
} from './incident-breakdown';
export { AVAILABILITY_COMMITMENT, formatRate, meetsCommitment } from './rate';
export { SERVICE_STATES, SERVICE_STATE_LABELS, ongoingIncidents, serviceState, type ServiceState } from './service-state';
export { MAINTENANCE_WINDOWS, REFERENCE_PERIOD_LABEL, upcomingPublicHolidays, type MaintenanceWindowCode } from './maintenance-windows';
export {
  RATE_SORTS,
  RATE_SORT_LABELS,
  affectsOrganization,
  availabilityByOrganization,
  monthSpanAcrossZones,
  sortOrganizationRates,
  type OrganizationCalendar,
  type OrganizationRate,
  type RateSort,
  type ScopedIncident,
} from './organization-rates';
export { INCIDENT_NOTIFICATION_TYPES, incidentNotice, type IncidentNotice, type IncidentPhase } from './incident-notice';
