import { describe, expect, it } from 'vitest';
import { describeTicketEvent } from './event-description';

describe('describeTicketEvent', () => {
  it('says each step in French', () => {
    expect(describeTicketEvent('created', { channel: 'phone' })).toBe('Demande enregistrée par téléphone');
    expect(describeTicketEvent('qualified', { qualification: 'anomaly', severity: 'major' })).toBe('Qualifiée : anomalie majeure');
    expect(describeTicketEvent('qualified', { qualification: 'not_anomaly' })).toBe('Qualifiée : pas une anomalie');
    expect(describeTicketEvent('requalified', { severity: 'blocking' })).toBe('Requalifiée : anomalie bloquante');
    expect(describeTicketEvent('remedy_delivered', { remedy: 'workaround' })).toBe('Solution de contournement livrée');
    expect(describeTicketEvent('clock_breached', { clock: 'remedy' })).toBe('Délai « Correction ou contournement » dépassé');
  });

  it('leaves replies to their message', () => {
    expect(describeTicketEvent('replied', null)).toBeNull();
  });
});
