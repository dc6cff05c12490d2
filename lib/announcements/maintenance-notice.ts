import type { AnnouncementKind } from './kinds';

/** §5 and DOMAIN "Availability": planned maintenance is announced at least 48 hours ahead. */
export const PLANNED_MAINTENANCE_NOTICE_MS = 48 * 3_600_000;

export type NoticeVerdict = { ok: true } | { ok: false; earliestStart: Date };

/**
 * Whether a maintenance starting at `startsAt`, announced at `now`, may be called planned:
 * 48 elapsed hours or more (exactly 48 h is enough). Otherwise the earliest start that would be.
 */
export function maintenanceNotice(startsAt: Date, now: Date): NoticeVerdict {
  const earliestStart = new Date(now.getTime() + PLANNED_MAINTENANCE_NOTICE_MS);
  return startsAt.getTime() >= earliestStart.getTime() ? { ok: true } : { ok: false, earliestStart };
}

interface Window {
  kind: AnnouncementKind;
  startsAt: Date | null;
  endsAt: Date | null;
}

/**
 * The notice a planned maintenance needs when it is published or changed. A new one, one that
 * was not planned before, or one whose window moves or grows is announced now and needs 48 h
 * from now; an unchanged or shortened window was already announced and keeps its notice.
 */
export function plannedMaintenanceNotice(next: Window, previous: Window | null, now: Date): NoticeVerdict {
  if (next.kind !== 'planned_maintenance' || !next.startsAt) return { ok: true };
  const alreadyAnnounced =
    previous?.kind === 'planned_maintenance' &&
    previous.startsAt?.getTime() === next.startsAt.getTime() &&
    previous.endsAt !== null &&
    next.endsAt !== null &&
    next.endsAt.getTime() <= previous.endsAt.getTime();
  return alreadyAnnounced ? { ok: true } : maintenanceNotice(next.startsAt, now);
}
