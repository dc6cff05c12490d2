import { describe, expect, it } from 'vitest';
import { TICKET_REFERENCE_PATTERN, formatTicketReference } from './reference';

describe('formatTicketReference', () => {
  it('pads the number to six digits', () => {
    expect(formatTicketReference(2026, 123)).toBe('DEM-2026-000123');
  });

  it('keeps growing past a million rather than wrapping', () => {
    expect(formatTicketReference(2026, 1_234_567)).toBe('DEM-2026-1234567');
    expect(TICKET_REFERENCE_PATTERN.test('DEM-2026-1234567')).toBe(true);
  });

  it('refuses a number that is not a positive integer', () => {
    expect(() => formatTicketReference(2026, 0)).toThrow(RangeError);
    expect(() => formatTicketReference(2026, 1.5)).toThrow(RangeError);
  });
});
