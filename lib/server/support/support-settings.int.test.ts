import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { slaClocks, supportSettings } from '@/db/schema';
import { DEFAULT_SUPPORT_CALENDAR, type BusinessCalendar } from '@/lib/calendar';
import { supportCalendarFormSchema } from '@/lib/validation/support';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { takeTicket } from '@/lib/server/tickets/take-ticket';
import { createTestDatabase } from '@/test/database';
import { demoActors, paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { getSupportSettings } from './get-support-settings';
import { getSupportSettingsRecord } from './get-support-settings-record';
import { saveAtRiskRatio } from './save-at-risk-ratio';
import { saveSupportCalendar } from './save-support-calendar';

const HOUR = 3_600_000;
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

const EVERY_DAY = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((day) => [day, [['00:00', '24:00']]]));
const ALWAYS_OPEN: BusinessCalendar = { timeZone: 'Europe/Paris', holidays: 'none', hours: EVERY_DAY };

async function dueOf(ticketId: string) {
  const [clock] = await handle.db.select().from(slaClocks).where(eq(slaClocks.ticketId, ticketId));
  return clock;
}

describe('the support calendar (managers’ settings)', () => {
  it('refuses an invalid calendar field by field, in French, and writes nothing', async () => {
    const calendar = supportCalendarFormSchema.parse({
      timeZone: 'Europe/Paris',
      holidays: 'FR',
      'hours.1.0.start': '08:30',
      'hours.1.0.end': '12:30',
      'hours.1.1.start': '12:00',
      'hours.1.1.end': '17:30',
      'hours.2.0.start': '18:00',
      'hours.2.0.end': '09:00',
      'hours.3.0.start': '',
      'hours.3.0.end': '17:00',
      'closedDays[]': ['2026-12-24', '2026-02-30'],
    });
    const attempt = saveSupportCalendar(handle.db, { actor: actors.manager, calendar });
    await expect(attempt).rejects.toMatchObject({
      kind: 'invalid',
      fieldErrors: {
        'hours.1': 'Lundi : des plages se chevauchent.',
        'hours.2.0': 'Mardi, plage 1 : l’heure de début doit précéder l’heure de fin.',
        'hours.3.0': 'Mercredi, plage 1 : indiquez une heure de début et une heure de fin valides (24:00 seulement en fin).',
        'closedDays.1': 'Fermeture exceptionnelle 2 : date invalide.',
      },
    });
    const never = saveSupportCalendar(handle.db, { actor: actors.manager, calendar: { ...DEFAULT_SUPPORT_CALENDAR, hours: {} } });
    await expect(never).rejects.toMatchObject({ fieldErrors: { hours: 'Le support doit ouvrir au moins une plage dans la semaine.' } });
    expect(await handle.db.$count(supportSettings)).toBe(0);
  });

  it('is a manager’s: a technician is refused', async () => {
    await expect(saveSupportCalendar(handle.db, { actor: actors.technician, calendar: ALWAYS_OPEN })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(saveAtRiskRatio(handle.db, { actor: actors.technician, atRiskPercent: 80 })).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await handle.db.$count(supportSettings)).toBe(0);
  });

  it('is used by Demandes registered afterwards, while earlier deadlines stay put', async () => {
    // Monday 09:00 on the default hours: pickup due Tuesday 09:00.
    const before = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-03-09T09:00') });
    expect(before.pickup.dueAt).toEqual(paris('2026-03-10T09:00'));

    await saveSupportCalendar(handle.db, { actor: actors.manager, calendar: ALWAYS_OPEN, now: paris('2026-03-09T10:00') });
    expect(await getSupportSettings(handle.db)).toMatchObject({ calendar: ALWAYS_OPEN, atRiskRatio: 0.75 });
    expect(await getSupportSettingsRecord(handle.db)).toMatchObject({ updatedAt: paris('2026-03-09T10:00'), updatedByName: 'Camille Responsable' });

    // Open round the clock now: 8 business hours are 8 hours, even overnight.
    const after = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-03-09T20:00') });
    expect(after.pickup.dueAt).toEqual(paris('2026-03-10T04:00'));
    expect(after.pickup.calendar).toEqual(ALWAYS_OPEN);

    // The earlier Demande keeps its deadline and the calendar it started with, even when it changes state.
    expect(await dueOf(before.ticket.id)).toMatchObject({ dueAt: paris('2026-03-10T09:00'), calendar: DEFAULT_SUPPORT_CALENDAR });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: before.ticket.id, now: paris('2026-03-09T21:00') });
    expect(await dueOf(before.ticket.id)).toMatchObject({ dueAt: paris('2026-03-10T09:00'), outcome: 'met' });
  });

  it('saves closed days once each, in order', async () => {
    const saved = await saveSupportCalendar(handle.db, {
      actor: actors.manager,
      calendar: { ...DEFAULT_SUPPORT_CALENDAR, closedDays: ['2026-12-24', '2026-05-15', '2026-12-24'] },
    });
    expect(saved.closedDays).toEqual(['2026-05-15', '2026-12-24']);
    expect((await getSupportSettings(handle.db)).calendar.closedDays).toEqual(['2026-05-15', '2026-12-24']);
    await saveSupportCalendar(handle.db, { actor: actors.manager, calendar: ALWAYS_OPEN });
  });
});

describe('the at-risk threshold', () => {
  // Out of 50 to 95 %, or not whole, is the schema's: lib/validation/support.test.ts.
  it('keeps the calendar, and applies to new clocks', async () => {
    expect((await getSupportSettings(handle.db)).atRiskRatio).toBe(0.75);

    await saveAtRiskRatio(handle.db, { actor: actors.manager, atRiskPercent: 90, now: paris('2026-03-11T09:00') });
    expect(await getSupportSettings(handle.db)).toMatchObject({ calendar: ALWAYS_OPEN, atRiskRatio: 0.9 });

    const { pickup } = await createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris('2026-03-11T10:00') });
    expect(pickup.atRiskRatio).toBeCloseTo(0.9);
    expect(pickup.atRiskAt.getTime() - paris('2026-03-11T10:00').getTime()).toBe(0.9 * 8 * HOUR);
  });

  it('is used from scratch too: with no settings yet, the default calendar is kept', async () => {
    const fresh = await createTestDatabase();
    try {
      const freshActors = await demoActors(fresh.db);
      await saveAtRiskRatio(fresh.db, { actor: freshActors.manager, atRiskPercent: 60 });
      expect(await getSupportSettings(fresh.db)).toMatchObject({ calendar: DEFAULT_SUPPORT_CALENDAR, atRiskRatio: 0.6 });
    } finally {
      await fresh.close();
    }
  });
});
