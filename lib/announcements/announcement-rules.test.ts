import { describe, expect, it } from 'vitest';
import { announcementIssues, keepKindFields } from './announcement-rules';

const start = new Date('2026-12-15T06:00:00Z');
const end = new Date('2026-12-15T09:00:00Z');

describe('announcementIssues', () => {
  it('a release needs its version and its date (§10.2: dates of new versions are announced beforehand)', () => {
    expect(announcementIssues({ kind: 'release', version: null, startsAt: null, endsAt: null })).toEqual([
      { field: 'version', code: 'version_required' },
      { field: 'startsAt', code: 'start_required' },
    ]);
    expect(announcementIssues({ kind: 'release', version: '5.2', startsAt: start, endsAt: null })).toEqual([]);
  });

  it('a patch needs its version but not a date', () => {
    expect(announcementIssues({ kind: 'patch', version: '5.1.3', startsAt: null, endsAt: null })).toEqual([]);
    expect(announcementIssues({ kind: 'patch', version: null, startsAt: null, endsAt: null })).toEqual([{ field: 'version', code: 'version_required' }]);
  });

  it.each(['planned_maintenance', 'emergency_maintenance'] as const)('a %s is a window: start and end, the end after the start', (kind) => {
    expect(announcementIssues({ kind, version: null, startsAt: null, endsAt: null })).toEqual([
      { field: 'startsAt', code: 'start_required' },
      { field: 'endsAt', code: 'end_required' },
    ]);
    expect(announcementIssues({ kind, version: null, startsAt: start, endsAt: end })).toEqual([]);
    expect(announcementIssues({ kind, version: null, startsAt: start, endsAt: start })).toEqual([{ field: 'endsAt', code: 'end_not_after_start' }]);
    expect(announcementIssues({ kind, version: null, startsAt: end, endsAt: start })).toEqual([{ field: 'endsAt', code: 'end_not_after_start' }]);
  });

  it('a document needs no date and ignores the dates it was given', () => {
    expect(announcementIssues({ kind: 'document', version: null, startsAt: end, endsAt: start })).toEqual([]);
  });
});

describe('keepKindFields', () => {
  it('drops what the kind does not carry', () => {
    expect(keepKindFields({ kind: 'document', version: '2026-01', startsAt: start, endsAt: end })).toEqual({
      kind: 'document',
      version: '2026-01',
      startsAt: null,
      endsAt: null,
    });
    expect(keepKindFields({ kind: 'planned_maintenance', version: '5.2', startsAt: start, endsAt: end })).toEqual({
      kind: 'planned_maintenance',
      version: null,
      startsAt: start,
      endsAt: end,
    });
    expect(keepKindFields({ kind: 'release', version: '5.2', startsAt: start, endsAt: end }).endsAt).toBeNull();
  });
});
