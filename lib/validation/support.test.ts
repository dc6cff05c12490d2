import { describe, expect, it } from 'vitest';
import { validateCalendar } from '@/lib/calendar';
import { encodeQueueCursor } from '@/lib/support/queue-cursor';
import { bulkTriageSchema, calendarFieldErrors, parseQueueSearch, queueSearchString, supportCalendarFormSchema } from './support';

const ORG = '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70';

describe('queue URLs', () => {
  it('read the tab, the filters and the cursor, in French parameter names', () => {
    const cursor = { due: '2026-03-10T12:00:00.000000Z', id: ORG };
    expect(
      parseQueueSearch({
        file: 'a-risque',
        collectivite: ORG,
        criticite: 'blocking',
        statut: 'registered',
        assignee: 'personne',
        canal: 'phone',
        module: 'Etat civil',
        apres: encodeQueueCursor(cursor),
      }),
    ).toEqual({
      tab: 'at_risk',
      filters: { organizationId: ORG, severity: 'blocking', status: 'registered', assigneeId: 'personne', channel: 'phone', module: 'Etat civil' },
      after: cursor,
    });
  });

  it('ignore what they do not understand rather than failing the page', () => {
    expect(parseQueueSearch({ file: 'inconnue', collectivite: 'x', criticite: 'grave', statut: ['', 'closed'], canal: '', apres: 'zzz' })).toEqual({
      tab: 'awaiting_pickup',
      filters: {},
      after: null,
    });
  });

  it('are written back the same way, so a link or a refresh keeps the view', () => {
    const search = queueSearchString('overdue', { organizationId: ORG, channel: 'portal' }, 'abc');
    expect(search).toBe(`?file=hors-delai&collectivite=${ORG}&canal=portal&apres=abc`);
    const params = Object.fromEntries(new URLSearchParams(search));
    expect(parseQueueSearch(params)).toMatchObject({ tab: 'overdue', filters: { organizationId: ORG, channel: 'portal' } });
  });
});

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
