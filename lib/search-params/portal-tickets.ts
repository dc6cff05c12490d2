import { TICKET_STATUSES, type TicketStatus } from '@/lib/tickets';
import type { KeysetCursor } from './keyset-cursor';
import { endOfLocalDay, flag, keysetCursor, localDate, oneOf, startOfLocalDay, text } from './param-codecs';
import { defineSearchParams, type SearchValues } from './search-params';

/** "En cours (non résolues)": every status but the three that end a Demande. */
export const OPEN_PORTAL_STATUSES = TICKET_STATUSES.filter((status) => status !== 'closed' && status !== 'cancelled' && status !== 'resolved');

const STATUS_SLUGS = {
  open: 'ouvertes',
  ...(Object.fromEntries(TICKET_STATUSES.map((status) => [status, status])) as Record<TicketStatus, TicketStatus>),
};

/** The client's list of Demandes (/demandes). */
export const portalTicketSearch = defineSearchParams({
  q: text({ max: 200, message: 'La recherche : 200 caractères au plus.' }),
  status: oneOf(STATUS_SLUGS).named('statut'),
  module: text({ max: 100 }),
  mine: flag('miennes').named('perimetre'),
  from: localDate().named('du'),
  to: localDate().named('au'),
  after: keysetCursor().named('apres'),
});

export type PortalTicketSearch = SearchValues<typeof portalTicketSearch>;

/** What the list's query takes: statuses, instants of registration and the page's cursor. */
export interface PortalTicketFilters {
  status?: TicketStatus[];
  module?: string;
  mine?: boolean;
  /** The first instant of the first day, and the end (excluded) of the last one. */
  from?: Date;
  to?: Date;
  q?: string;
  /** The last row of the previous page: its registration instant and id. */
  after?: KeysetCursor<string>;
}

/** The query of a list view; its days are the organization's (`timeZone`). */
export function portalTicketFilters(search: PortalTicketSearch, timeZone: string): PortalTicketFilters {
  return {
    status: search.status === 'open' ? [...OPEN_PORTAL_STATUSES] : search.status ? [search.status] : undefined,
    module: search.module,
    mine: search.mine,
    from: search.from ? startOfLocalDay(search.from, timeZone) : undefined,
    to: search.to ? endOfLocalDay(search.to, timeZone) : undefined,
    q: search.q,
    after: search.after,
  };
}
