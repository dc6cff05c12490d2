import { SEVERITIES } from '@/lib/sla';
import { DEFAULT_QUEUE_TAB, QUEUE_TAB_SLUGS } from '@/lib/support/queue-tabs';
import { TICKET_CHANNELS, TICKET_STATUSES, type TicketType } from '@/lib/tickets';
import { keysetCursor, oneOf, text, uuid } from './param-codecs';
import { defineSearchParams, paramCodec, type SearchValues } from './search-params';

/** "Assignée à : personne". */
export const UNASSIGNED = 'personne';

/** A staff member's id (a UUID), or UNASSIGNED. */
const assignee = paramCodec<string | undefined>({
  fallback: undefined,
  decode: (raw) => (raw === UNASSIGNED ? { ok: true, value: UNASSIGNED } : uuid().decode(raw)),
  encode: (value) => value ?? null,
});

/** `?type=`: an ordinary Demande, a restore (§7) or a software account (§11). */
const TICKET_TYPE_SLUGS: Readonly<Record<TicketType, string>> = { standard: 'demande', restore: 'restauration', software_account: 'compte-logiciel' };

/** The staff queues (/console/demandes): GET params, so a refresh or a link keeps the view. */
export const queueSearch = defineSearchParams({
  tab: oneOf(QUEUE_TAB_SLUGS, { fallback: DEFAULT_QUEUE_TAB }).named('file'),
  organizationId: uuid().named('collectivite'),
  module: text({ max: 100 }),
  severity: oneOf(SEVERITIES).named('criticite'),
  status: oneOf(TICKET_STATUSES).named('statut'),
  assigneeId: assignee.named('assignee'),
  channel: oneOf(TICKET_CHANNELS).named('canal'),
  type: oneOf(TICKET_TYPE_SLUGS),
  after: keysetCursor({ nullInstant: true }).named('apres'),
});

export type QueueSearch = SearchValues<typeof queueSearch>;

export type QueueFilters = Partial<Omit<QueueSearch, 'tab' | 'after'>>;

/** The filters of a queue view, without its tab and page. */
export function queueFiltersOf({ tab: _tab, after: _after, ...filters }: Partial<QueueSearch>): QueueFilters {
  return filters;
}

/** Whether any filter narrows the view. */
export function hasQueueFilters(filters: QueueFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
