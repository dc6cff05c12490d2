import { describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_KINDS } from './kinds';
import { releaseAnnouncedAhead } from './release-date';

const now = new Date('2026-04-01T10:00:00Z');
const yesterday = new Date('2026-03-31T10:00:00Z');
const tomorrow = new Date('2026-04-02T10:00:00Z');

describe('§10.2: a new version is announced before its date', () => {
  it('refuses a release dated in the past; accepts one dated now or later', () => {
    expect(releaseAnnouncedAhead({ kind: 'release', startsAt: yesterday }, null, now)).toBe(false);
    expect(releaseAnnouncedAhead({ kind: 'release', startsAt: new Date(now.getTime() - 1) }, null, now)).toBe(false);
    expect(releaseAnnouncedAhead({ kind: 'release', startsAt: now }, null, now)).toBe(true);
    expect(releaseAnnouncedAhead({ kind: 'release', startsAt: tomorrow }, null, now)).toBe(true);
  });

  it('lets every other kind, a patch first of all, be dated in the past', () => {
    for (const kind of ANNOUNCEMENT_KINDS.filter((kind) => kind !== 'release')) {
      expect(releaseAnnouncedAhead({ kind, startsAt: yesterday }, null, now)).toBe(true);
    }
  });

  it('a release already announced keeps its passed date when its text is corrected, but cannot move into the past', () => {
    const announced = { kind: 'release' as const, startsAt: yesterday };
    expect(releaseAnnouncedAhead({ kind: 'release', startsAt: yesterday }, announced, now)).toBe(true);
    expect(releaseAnnouncedAhead({ kind: 'release', startsAt: new Date(yesterday.getTime() - 3_600_000) }, announced, now)).toBe(false);
    expect(releaseAnnouncedAhead({ kind: 'release', startsAt: yesterday }, { kind: 'patch', startsAt: yesterday }, now)).toBe(false);
  });
});
