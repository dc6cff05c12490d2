import { SEVERITIES } from '@/lib/sla';
import { TICKET_CHANNELS } from '@/lib/tickets';
import { localDate, oneOf, text, uuid } from './param-codecs';
import { defineSearchParams, type SearchValues } from './search-params';

/**
 * The reports' filters (/rapports, /console/rapports, /console/rapports/usage and their CSV exports
 * under /api/rapports): GET params, so a filtered report can be bookmarked and exported as shown.
 */
export const reportSearch = defineSearchParams({
  organizationId: uuid().named('collectivite'),
  module: text({ max: 100 }),
  severity: oneOf(SEVERITIES).named('criticite'),
  channel: oneOf(TICKET_CHANNELS).named('canal'),
  from: localDate().named('du'),
  to: localDate().named('au'),
});

export type ReportSearch = SearchValues<typeof reportSearch>;
