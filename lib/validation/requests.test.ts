import { describe, expect, it } from 'vitest';
import { planRequestSchema } from './requests';

const on = { ticketId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', reference: 'DEM-2026-000001' };
const errorOf = (plannedFor: unknown) => planRequestSchema.safeParse({ ...on, plannedFor }).error?.issues[0]?.message;

describe('the date a typed request is planned for', () => {
  it('is a date and time as a `datetime-local` field sends it', () => {
    expect(planRequestSchema.parse({ ...on, plannedFor: '2026-12-01T20:00' }).plannedFor).toBe('2026-12-01T20:00');
  });

  it.each([
    [undefined, 'Indiquez la date prévue.'],
    ['', 'Indiquez la date prévue.'],
    ['demain soir', 'Date et heure invalides (jj/mm/aaaa hh:mm).'],
    ['2026-02-30T20:00', 'Date et heure invalides (jj/mm/aaaa hh:mm).'],
    ['2026-12-01T25:00', 'Date et heure invalides (jj/mm/aaaa hh:mm).'],
  ])('refuses %j in French', (value, message) => {
    expect(errorOf(value)).toBe(message);
  });
});
