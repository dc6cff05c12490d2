import { describe, expect, it } from 'vitest';

import { DEFAULT_DAILY_BACKUP_AT, parseBackupTime } from './backup-time';

describe('parseBackupTime', () => {
  it.each([
    ['00:00', { hour: 0, minute: 0 }],
    ['02:00', { hour: 2, minute: 0 }],
    ['02:30', { hour: 2, minute: 30 }],
    ['23:59', { hour: 23, minute: 59 }],
  ])('reads %s', (text, time) => {
    expect(parseBackupTime(text)).toEqual(time);
  });

  it('reads the default, 02:00', () => {
    expect(DEFAULT_DAILY_BACKUP_AT).toBe('02:00');
    expect(parseBackupTime(DEFAULT_DAILY_BACKUP_AT)).toEqual({ hour: 2, minute: 0 });
  });

  it.each(['', '2:00', '02:0', '2h00', '02h00', '24:00', '23:60', '99:99', '02:00:00', ' 02:00', '02:00 ', '-1:00', '０２:００', 'ab:cd'])(
    'refuses %j with a RangeError in French',
    (text) => {
      expect(() => parseBackupTime(text)).toThrow(RangeError);
      expect(() => parseBackupTime(text)).toThrow(/^Heure de sauvegarde invalide : « .* » \(format attendu HH:mm, par exemple 02:00\)\.$/);
    },
  );
});
