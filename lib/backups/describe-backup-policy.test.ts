import { describe, expect, it } from 'vitest';

import { describeBackupPolicy } from './index';

describe('describeBackupPolicy', () => {
  it('states the policy of §7 in French, one sentence per list item, in the zone named', () => {
    expect(describeBackupPolicy('Indian/Reunion')).toEqual([
      'Une sauvegarde est prise chaque nuit à 02:00 (heure de La Réunion).',
      'Les sauvegardes quotidiennes sont conservées 30 jours calendaires ; celle du 1er de chaque mois est la sauvegarde mensuelle, conservée 3 mois.',
      'Une restauration peut être demandée à partir de l’une de ces sauvegardes tant qu’elle est conservée.',
    ]);
  });

  it('names the configured time', () => {
    expect(describeBackupPolicy('Europe/Paris', '03:15')[0]).toBe('Une sauvegarde est prise chaque nuit à 03:15 (heure de Paris).');
  });

  it('names a zone outside the French list by its IANA name', () => {
    expect(describeBackupPolicy('UTC')[0]).toBe('Une sauvegarde est prise chaque nuit à 02:00 (UTC).');
  });

  it('refuses an unknown zone or a bad time', () => {
    expect(() => describeBackupPolicy('Europe/Nulle-part')).toThrow(RangeError);
    expect(() => describeBackupPolicy('Europe/Paris', '2h')).toThrow(RangeError);
  });
});
