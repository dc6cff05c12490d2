import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { NO_COUNTS, pickupComplianceOf } from './compliance';
import { monthlyTrend, TREND_MORE_STATUSES } from './monthly-trend';
import { latePickupsCsv, periodsCsv, trendCsv } from './report-csv';
import type { PickupRow } from './pickup-rows';

const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();

describe('the reports as CSV rows', () => {
  it('writes a period with its days, counts, rate and verdict', () => {
    const rows = periodsCsv(
      [
        {
          organizationId: 'o',
          organizationName: 'Mairie de Saint-Exemple',
          timeZone: 'Europe/Paris',
          period: { number: 1, current: true, start: paris('2026-01-05T00:00'), end: paris('2027-01-05T00:00') },
          compliance: pickupComplianceOf({ ...NO_COUNTS, met: 8, breached: 2, excluded: 1 }),
        },
      ],
      null,
    );
    expect(rows[0]).toEqual([
      'Collectivité',
      'Période',
      'Dans le délai',
      'Hors délai',
      'En cours, dans le délai',
      'Retrait du calcul',
      'Annulation avant l’échéance',
      'Taux dans le délai (%)',
      'Objectif 75 %',
    ]);
    expect(rows[1]).toEqual([
      'Mairie de Saint-Exemple',
      'Période 1 du lundi 5 janvier 2026 au lundi 4 janvier 2027 (en cours)',
      '8',
      '2',
      '0',
      '1',
      '0',
      '80',
      'Tenu à ce jour',
    ]);
  });

  it('writes a late pickup with its lateness in hours and in words', () => {
    const row: PickupRow = {
      ticketId: 't',
      reference: 'DEM-2026-000007',
      organizationName: 'Mairie de Saint-Exemple',
      module: 'État civil',
      channel: 'phone',
      severity: 'major',
      receivedAt: paris('2026-03-02T09:00'),
      dueAt: paris('2026-03-03T09:00'),
      state: 'taken',
      endedAt: paris('2026-03-03T11:00'),
      late: true,
      latenessMs: 2 * 3_600_000,
    };
    expect(latePickupsCsv([row], 'Europe/Paris')[1]).toEqual([
      'DEM-2026-000007',
      'Mairie de Saint-Exemple',
      'État civil',
      'Téléphone',
      'Majeure',
      'lundi 2 mars 2026 à 09:00',
      'mardi 3 mars 2026 à 09:00',
      'Prise en charge le mardi 3 mars 2026 à 11:00',
      '2,00',
      '2 h ouvrées',
    ]);
  });

  it('writes a trend month by month, then its total, with the columns of its table', () => {
    const trend = monthlyTrend(['2026-02', '2026-03'], [{ month: '2026-03', kind: 'remedy', counts: { ...NO_COUNTS, met: 1, breached: 1, superseded: 2 } }]);
    expect(trendCsv(trend.remedy, TREND_MORE_STATUSES.remedy)).toEqual([
      ['Mois', 'Dans le délai', 'Hors délai', 'Taux dans le délai (%)', 'En cours, dans le délai', 'Requalification avant l’échéance'],
      ['février 2026', '0', '0', '', '0', '0'],
      ['mars 2026', '1', '1', '50', '0', '2'],
      ['Total', '1', '1', '50', '0', '2'],
    ]);
  });
});
