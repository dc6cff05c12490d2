import { describe, expect, it } from 'vitest';
import { validateCalendar } from '@/lib/calendar';
import { fieldErrorsOf } from '@/lib/forms/field-errors';
import { atRiskThresholdSchema, bulkTriageSchema, calendarFieldErrors, retryEmailSchema, supportCalendarFormSchema } from './support';

const ORG = '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70';

describe('bulk triage', () => {
  it('takes one id or several, and needs a colleague to assign to', () => {
    expect(bulkTriageSchema.parse({ intent: 'take', ticketIds: ORG })).toMatchObject({ ticketIds: [ORG] });
    const refused = bulkTriageSchema.safeParse({ intent: 'assign', ticketIds: [ORG, ORG] });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['assigneeId', 'Choisissez le membre du support à qui assigner.'],
    ]);
    expect(bulkTriageSchema.safeParse({ intent: 'take' }).error?.issues[0]?.message).toBe('Sélectionnez au moins une demande.');
  });
});

describe('the calendar editor’s fields', () => {
  it('become a BusinessCalendar, ranges in order of position, closed days in the form’s order', () => {
    const calendar = supportCalendarFormSchema.parse({
      timeZone: 'Indian/Reunion',
      holidays: 'FR',
      'hours.1.10.start': '16:00',
      'hours.1.10.end': '18:00',
      'hours.1.2.start': ' 08:00 ',
      'hours.1.2.end': '12:00',
      'hours.6.0.start': '09:00',
      'hours.6.0.end': '12:00',
      'closedDays[]': ['2026-12-24', '2026-05-15'],
      other: 'ignored',
    });
    expect(calendar).toEqual({
      timeZone: 'Indian/Reunion',
      holidays: 'FR',
      hours: {
        '1': [
          ['08:00', '12:00'],
          ['16:00', '18:00'],
        ],
        '6': [['09:00', '12:00']],
      },
      closedDays: ['2026-12-24', '2026-05-15'],
    });
    expect(validateCalendar(calendar)).toEqual([]);
  });

  it('refuse a zone outside the list, and holidays are off unless ticked', () => {
    const parsed = supportCalendarFormSchema.safeParse({ timeZone: 'Mars/Olympus', 'hours.1.0.start': '08:00', 'hours.1.0.end': '12:00' });
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['timeZone']);
    expect(supportCalendarFormSchema.parse({ timeZone: 'Europe/Paris' }).holidays).toBe('none');
  });

  it('say each engine problem in French, next to its field', () => {
    const calendar = supportCalendarFormSchema.parse({
      timeZone: 'Europe/Paris',
      'hours.3.0.start': '14:00',
      'hours.3.0.end': '10:00',
      'hours.5.0.start': '8h',
      'hours.5.0.end': '12:00',
      'hours.7.0.start': '08:00',
      'hours.7.0.end': '12:00',
      'hours.7.1.start': '11:00',
      'hours.7.1.end': '13:00',
      'closedDays[]': ['2026-05-15', ''],
    });
    expect(calendarFieldErrors(validateCalendar(calendar))).toEqual({
      'hours.3.0': 'Mercredi, plage 1 : l’heure de début doit précéder l’heure de fin.',
      'hours.5.0': 'Vendredi, plage 1 : indiquez une heure de début et une heure de fin valides (24:00 seulement en fin).',
      'hours.7': 'Dimanche : des plages se chevauchent.',
      'closedDays.1': 'Fermeture exceptionnelle 2 : date invalide.',
    });
    expect(calendarFieldErrors(validateCalendar({ timeZone: 'Europe/Paris', holidays: 'FR', hours: {} }))).toEqual({
      hours: 'Le support doit ouvrir au moins une plage dans la semaine.',
    });
  });
});

describe('the at-risk threshold', () => {
  it('accepts 50 to 95 %, whole percentages only', () => {
    expect(atRiskThresholdSchema.parse({ atRiskPercent: '50' })).toEqual({ atRiskPercent: 50 });
    expect(atRiskThresholdSchema.parse({ atRiskPercent: 95 })).toEqual({ atRiskPercent: 95 });
    const refusal = (atRiskPercent: number) => fieldErrorsOf(atRiskThresholdSchema.safeParse({ atRiskPercent }).error?.issues ?? []);
    expect(refusal(49)).toEqual({ atRiskPercent: 'Le seuil doit être de 50 % au moins.' });
    expect(refusal(96)).toEqual({ atRiskPercent: 'Le seuil doit être de 95 % au plus.' });
    expect(refusal(75.5)).toEqual({ atRiskPercent: 'Indiquez un pourcentage entier.' });
  });
});

describe('retrying an email', () => {
  it('names an email by its id, nothing else', () => {
    expect(fieldErrorsOf(retryEmailSchema.safeParse({ emailId: 'pas-un-id' }).error?.issues ?? [])).toEqual({ emailId: 'Courriel inconnu.' });
    expect(retryEmailSchema.parse({ emailId: ORG })).toEqual({ emailId: ORG });
  });
});
