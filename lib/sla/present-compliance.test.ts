import { describe, expect, it } from 'vitest';
import { presentPickupCompliance } from './present-compliance';

const none = { met: 0, breached: 0, pending: 0, cancelled: 0, excluded: 0, rate: null, compliant: null };

describe('presentPickupCompliance (§13, in the words of the clocks)', () => {
  it('says nothing is counted yet before a first pickup, and the Demandes waiting', () => {
    expect(presentPickupCompliance({ ...none, pending: 2 })).toEqual({
      rate: null,
      target: '75\u202f%',
      verdict: 'Aucune demande de la période n’est encore comptée : elles le sont une fois prises en charge, ou hors délai.',
      counts: '0 prise en charge dans le délai, 0 hors délai et 2 en attente de prise en charge (pas encore comptées)',
      excluded: null,
    });
  });

  it('writes the rate the French way, met and late, and the excluded Demandes apart', () => {
    expect(presentPickupCompliance({ met: 5, breached: 1, pending: 0, cancelled: 1, excluded: 2, rate: 5 / 6, compliant: true })).toEqual({
      rate: '83,3\u202f%',
      target: '75\u202f%',
      verdict: '83,3\u202f% des demandes prises en charge dans le délai (5 sur 6) : objectif tenu.',
      counts: '5 prises en charge dans le délai, 1 hors délai et 1 annulée avant l’échéance (non comptée)',
      excluded: '2 demandes retirées du calcul par le support, le client n’ayant pas rempli ses obligations (§13) : le motif est indiqué sur chacune.',
    });
    expect(presentPickupCompliance({ ...none, met: 1, breached: 1, excluded: 1, rate: 0.5, compliant: false })).toMatchObject({
      verdict: '50\u202f% des demandes prises en charge dans le délai (1 sur 2) : objectif non tenu.',
      excluded: '1 demande retirée du calcul par le support, le client n’ayant pas rempli ses obligations (§13) : le motif est indiqué sur la demande.',
    });
  });
});

it('truncates, so a rate just under 75 % never reads as 75 % (one format with the reports)', () => {
  const compliance = { met: 7_496, breached: 2_504, pending: 0, cancelled: 0, excluded: 0, rate: 0.7496, compliant: false };
  expect(presentPickupCompliance(compliance).rate).toBe('74,9\u202f%');
});
