import { describe, expect, it } from 'vitest';
import { budgetPhrase, businessDurationPhrase, deadlinePhrase } from './deadline';

describe('deadlinePhrase', () => {
  it('says the pickup deadline in words, in the reader’s zone', () => {
    expect(deadlinePhrase('pickup', new Date('2026-03-09T10:30:00Z'), 'Europe/Paris')).toBe('prise en charge au plus tard lundi 9 mars 2026 à 11:30');
    expect(deadlinePhrase('pickup', new Date('2026-03-09T10:30:00Z'), 'Indian/Reunion')).toBe('prise en charge au plus tard lundi 9 mars 2026 à 14:30');
  });
});

describe('businessDurationPhrase', () => {
  it('writes hours and minutes left, or late', () => {
    expect(businessDurationPhrase(3 * 3_600_000 + 20 * 60_000)).toBe('3 h 20 ouvrées');
    expect(businessDurationPhrase(45 * 60_000)).toBe('45 min ouvrées');
    expect(businessDurationPhrase(-2 * 3_600_000)).toBe('2 h ouvrées de retard');
    expect(businessDurationPhrase(3_600_000)).toBe('1 h ouvrée');
  });
});

describe('budgetPhrase', () => {
  it('says the remedy budget in business days, as §14 does', () => {
    expect(budgetPhrase('remedy', 6 * 24 * 3_600_000)).toBe('6 jours ouvrés');
    expect(budgetPhrase('actionPlan', 12 * 3_600_000)).toBe('12 h ouvrées');
    expect(businessDurationPhrase(20_000)).toBe('20 s ouvrées');
  });
});
