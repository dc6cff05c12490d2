import { describe, expect, it } from 'vitest';
import { ANNOUNCEMENT_KINDS } from './kinds';
import { announcementNotice, isToldToUsers } from './announcement-notice';

const release = {
  kind: 'release' as const,
  title: 'Version 5.3',
  module: null,
  startsAt: new Date('2026-04-21T05:00:00Z'),
  endsAt: null,
  trainingRequired: false,
};

describe('what users are told when an announcement is published', () => {
  it('a new version: its date in their zone (§10.2), training when it calls for it, its module', () => {
    expect(announcementNotice(release, 'Europe/Paris')).toEqual({
      type: 'announcement.release',
      title: 'Nouvelle version : Version 5.3',
      body: 'Mise en service : mardi 21 avril 2026 à 07:00.',
    });
    expect(announcementNotice({ ...release, trainingRequired: true, module: 'État civil' }, 'Indian/Reunion')?.body).toBe(
      'Mise en service : mardi 21 avril 2026 à 09:00 (heure de La Réunion). Formation à prévoir : cette version change la façon de travailler. Module État civil.',
    );
  });

  it('a maintenance, planned or urgent: its window (§5)', () => {
    const window = { startsAt: new Date('2026-04-22T10:30:00Z'), endsAt: new Date('2026-04-22T12:00:00Z') };
    expect(announcementNotice({ ...release, ...window, kind: 'planned_maintenance', title: 'Stockage' }, 'Europe/Paris')).toEqual({
      type: 'announcement.planned_maintenance',
      title: 'Maintenance planifiée : Stockage',
      body: 'Du mercredi 22 avril 2026 à 12:30 au mercredi 22 avril 2026 à 14:00.',
    });
    expect(announcementNotice({ ...release, ...window, kind: 'emergency_maintenance', title: 'Correctif' }, 'Europe/Paris')?.title).toBe(
      'Maintenance urgente : Correctif',
    );
  });

  it('patches and documents are published without a notification', () => {
    expect(ANNOUNCEMENT_KINDS.filter(isToldToUsers)).toEqual(['release', 'planned_maintenance', 'emergency_maintenance']);
    expect(() => announcementNotice({ ...release, kind: 'patch' }, 'Europe/Paris')).toThrow(RangeError);
  });
});
