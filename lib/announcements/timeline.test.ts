import { describe, expect, it } from 'vitest';
import { latestAnnouncements, phaseOf, splitTimeline } from './timeline';

const HOUR = 3_600_000;
const now = new Date('2026-06-10T12:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
const published = at(-24 * 30);

const item = (id: string, startsAt: Date | null, endsAt: Date | null = null, publishedAt = published) => ({ id, startsAt, endsAt, publishedAt });

describe('phaseOf', () => {
  it.each([
    ['a dateless document', item('d', null), 'past'],
    ['a release ahead', item('r', at(24)), 'upcoming'],
    ['a release behind', item('r', at(-24)), 'past'],
    ['a maintenance ahead', item('m', at(1), at(3)), 'upcoming'],
    ['a maintenance under way', item('m', at(-1), at(1)), 'ongoing'],
    ['a maintenance just ended', item('m', at(-3), now), 'past'],
  ])('%s is %s', (_label, announcement, phase) => {
    expect(phaseOf(announcement, now)).toBe(phase);
  });
});

describe('splitTimeline', () => {
  const items = [
    item('doc-old', null, null, at(-24 * 60)),
    item('release-later', at(24 * 20)),
    item('maintenance-now', at(-1), at(2)),
    item('emergency-past', at(-24 * 5), at(-24 * 5 + 2)),
    item('maintenance-soon', at(48), at(51)),
    item('doc-new', null, null, at(-24)),
  ];

  it('puts what is under way, then what comes soonest, first; then the past, latest first', () => {
    const { upcoming, past } = splitTimeline(items, now);
    expect(upcoming.map((a) => a.id)).toEqual(['maintenance-now', 'maintenance-soon', 'release-later']);
    expect(past.map((a) => a.id)).toEqual(['doc-new', 'emergency-past', 'doc-old']);
  });

  it('keeps the three first for the home page', () => {
    expect(latestAnnouncements(items, now).map((a) => a.id)).toEqual(['maintenance-now', 'maintenance-soon', 'release-later']);
    expect(latestAnnouncements(items.slice(3), now, 2).map((a) => a.id)).toEqual(['maintenance-soon', 'doc-new']);
  });
});
