import { describe, expect, it } from 'vitest';
import { describeTicketEvent } from './event-description';

const PARIS = 'Europe/Paris';

describe('describeTicketEvent', () => {
  it('says each step in French', () => {
    expect(describeTicketEvent('created', { channel: 'phone' }, PARIS)).toBe('Demande enregistrée par téléphone');
    expect(describeTicketEvent('qualified', { qualification: 'anomaly', severity: 'major' }, PARIS)).toBe('Qualifiée : anomalie majeure');
    expect(describeTicketEvent('qualified', { qualification: 'not_anomaly' }, PARIS)).toBe('Qualifiée : pas une anomalie');
    expect(describeTicketEvent('requalified', { severity: 'blocking' }, PARIS)).toBe('Requalifiée : anomalie bloquante');
    expect(describeTicketEvent('remedy_delivered', { remedy: 'workaround' }, PARIS)).toBe('Solution de contournement livrée');
    expect(describeTicketEvent('clock_breached', { clock: 'remedy' }, PARIS)).toBe('Délai « Correction ou contournement » dépassé');
  });

  it('says the date a typed request is planned for, in the reader’s zone, and the answer it was given (§7, §11)', () => {
    const plannedFor = '2026-04-01T18:00:00.000Z';
    expect(describeTicketEvent('request_planned', { plannedFor }, PARIS)).toBe('Planifiée le mercredi 1 avril 2026 à 20:00');
    expect(describeTicketEvent('request_planned', { plannedFor }, 'Indian/Reunion')).toBe('Planifiée le mercredi 1 avril 2026 à 22:00');
    expect(describeTicketEvent('request_done', { result: 'mdupont' }, PARIS)).toBe('Réalisée : mdupont');
    expect(describeTicketEvent('request_refused', { reason: 'Point de restauration expiré.' }, PARIS)).toBe('Refusée : Point de restauration expiré.');
    expect(describeTicketEvent('request_done', null, PARIS)).toBe('Réalisée');
  });

  it('leaves replies to their message', () => {
    expect(describeTicketEvent('replied', null, PARIS)).toBeNull();
  });
});
