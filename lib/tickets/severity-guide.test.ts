import { describe, expect, it } from 'vitest';
import { SEVERITY_GUIDE, severityExplanation } from './severity-guide';

describe('severity guide', () => {
  it('states the §14 deadlines from the clocks’ budgets', () => {
    expect(severityExplanation('blocking').deadline).toBe('12 heures ouvrées');
    expect(severityExplanation('blocking').commitment).toBe(
      'Plan d’action corrective fourni au client dans les 12 heures ouvrées qui suivent la qualification.',
    );
    expect(severityExplanation('major').deadline).toBe('6 jours ouvrés');
    expect(severityExplanation('major').commitment).toContain('Correction ou contournement fourni au client dans les 6 jours ouvrés');
    expect(severityExplanation('minor').deadline).toBe('Aucun délai');
  });

  it('explains the three levels, in the booklet’s order, with §1’s definitions', () => {
    expect(SEVERITY_GUIDE.map((entry) => entry.label)).toEqual(['Bloquante', 'Majeure', 'Mineure']);
    expect(severityExplanation('blocking').definition).toContain('fonctionnalités essentielles');
    expect(severityExplanation('major').definition).toContain('il peut exister une solution de contournement');
    expect(severityExplanation('minor').definition).toContain('d’un autre niveau de criticité');
  });
});
