import { DateTime } from 'luxon';
import { z } from 'zod';
import { TICKET_STATUSES, type TicketStatus } from '@/lib/tickets';

export interface PortalTicketFilters {
  status?: TicketStatus[];
  module?: string;
  mine?: boolean;
  /** Local dates 'YYYY-MM-DD' of registration, inclusive, in UTC bounds computed by the caller. */
  from?: Date;
  to?: Date;
  q?: string;
  /** Keyset cursor: the last row of the previous page. */
  after?: { createdAt: Date; id: string };
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The /demandes query string: tolerant (a bad value is ignored, never an error page). */
export function parsePortalTicketFilters(
  params: Record<string, string | string[] | undefined>,
  timeZone: string,
): PortalTicketFilters & { raw: Record<string, string> } {
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
  };
  const status = one('statut');
  const statuses: TicketStatus[] | undefined =
    status === 'ouvertes'
      ? TICKET_STATUSES.filter((s) => s !== 'closed' && s !== 'cancelled' && s !== 'resolved')
      : (TICKET_STATUSES as readonly string[]).includes(status)
        ? [status as TicketStatus]
        : undefined;
  const day = (key: string, plusOne: boolean) => {
    const parsed = isoDate.safeParse(one(key));
    if (!parsed.success) return undefined;
    const date = DateTime.fromISO(parsed.data, { zone: timeZone });
    return date.isValid ? (plusOne ? date.plus({ days: 1 }) : date).toJSDate() : undefined;
  };
  const [createdAt, id] = one('apres').split('_');
  const after = createdAt && id && !Number.isNaN(Date.parse(createdAt)) ? { createdAt: new Date(createdAt), id } : undefined;
  return {
    status: statuses,
    module: one('module') || undefined,
    mine: one('perimetre') === 'miennes',
    from: day('du', false),
    to: day('au', true),
    q: one('q') || undefined,
    after,
    raw: Object.fromEntries(['statut', 'module', 'perimetre', 'du', 'au', 'q'].map((key) => [key, one(key)])),
  };
}
