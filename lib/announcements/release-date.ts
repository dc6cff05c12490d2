import type { AnnouncementKind } from './kinds';

interface Dated {
  kind: AnnouncementKind;
  startsAt: Date | null;
}

/**
 * §10.2: the client is told the date of a new version beforehand (patches excepted). A release
 * dated before `now` is refused when it is published, or when a correction moves it there or
 * makes a release of it; one already announced keeps its date once the date has passed, so its
 * text can still be corrected.
 */
export function releaseAnnouncedAhead(next: Dated, previous: Dated | null, now: Date): boolean {
  if (next.kind !== 'release' || !next.startsAt) return true;
  const alreadyAnnounced = previous?.kind === 'release' && previous.startsAt?.getTime() === next.startsAt.getTime();
  return alreadyAnnounced || next.startsAt.getTime() >= now.getTime();
}
