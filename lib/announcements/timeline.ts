/** Where an announcement stands at `now`: ahead, happening (a maintenance window), or behind. */
export type Phase = 'upcoming' | 'ongoing' | 'past';

export interface Dated {
  startsAt: Date | null;
  endsAt: Date | null;
  publishedAt: Date;
}

export function phaseOf({ startsAt, endsAt }: Dated, now: Date): Phase {
  if (!startsAt) return 'past';
  if (startsAt.getTime() > now.getTime()) return 'upcoming';
  return endsAt && endsAt.getTime() > now.getTime() ? 'ongoing' : 'past';
}

/** The instant an announcement is filed under among past ones: its date, else its publication. */
function referenceTime(item: Dated): number {
  return (item.startsAt ?? item.publishedAt).getTime();
}

/**
 * Ongoing then upcoming, soonest first; then the rest, most recent first. Dateless
 * announcements (documents, undated patches) are filed by publication date.
 */
export function splitTimeline<T extends Dated>(items: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = items.filter((item) => phaseOf(item, now) !== 'past');
  const past = items.filter((item) => phaseOf(item, now) === 'past');
  upcoming.sort((a, b) => Number(phaseOf(b, now) === 'ongoing') - Number(phaseOf(a, now) === 'ongoing') || referenceTime(a) - referenceTime(b));
  past.sort((a, b) => referenceTime(b) - referenceTime(a));
  return { upcoming, past };
}

/** The few announcements to show first: what is coming or happening, then the latest news. */
export function latestAnnouncements<T extends Dated>(items: readonly T[], now: Date, count = 3): T[] {
  const { upcoming, past } = splitTimeline(items, now);
  return [...upcoming, ...past].slice(0, count);
}
