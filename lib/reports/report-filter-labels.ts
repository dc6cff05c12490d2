import type { ReportSearch } from '@/lib/search-params/reports';

/** The reports' filters by their labels on the page, to say which one of an address was ignored. */
export const REPORT_FILTER_LABELS: Record<keyof ReportSearch, string> = {
  organizationId: 'Collectivité',
  module: 'Module',
  severity: 'Criticité',
  channel: 'Canal',
  from: 'Du',
  to: 'Au',
};
