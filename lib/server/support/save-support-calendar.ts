import 'server-only';
import { supportSettings } from '@/db/schema';
import type { Database } from '@/db/client';
import { validateCalendar, type BusinessCalendar } from '@/lib/calendar';
import { DEFAULT_AT_RISK_RATIO } from '@/lib/sla';
import { calendarFieldErrors } from '@/lib/validation/support';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { requireManager } from './require-manager';

/**
 * Saves the support calendar (DOMAIN "Time": opening hours, zone, holidays, closed days). Only a
 * valid calendar is written, and only the settings row: running clocks keep the calendar they
 * started with, so deadlines already computed stay put and new clocks count on this one.
 */
export async function saveSupportCalendar(db: Database, input: { actor: Actor; calendar: BusinessCalendar; now?: Date }): Promise<BusinessCalendar> {
  requireManager(input.actor);
  const problems = validateCalendar(input.calendar);
  if (problems.length > 0) {
    throw new ServiceError('invalid', 'Le calendrier n’a pas été enregistré : certains champs sont à corriger.', calendarFieldErrors(problems));
  }
  const calendar: BusinessCalendar = {
    timeZone: input.calendar.timeZone,
    hours: input.calendar.hours,
    holidays: input.calendar.holidays,
    ...(input.calendar.closedDays?.length && { closedDays: [...new Set(input.calendar.closedDays)].sort() }),
  };
  const now = input.now ?? new Date();
  await db.transaction(async (tx) => {
    await tx
      .insert(supportSettings)
      .values({ singleton: true, calendar, atRiskRatio: DEFAULT_AT_RISK_RATIO, updatedAt: now, updatedById: input.actor.id })
      .onConflictDoUpdate({ target: supportSettings.singleton, set: { calendar, updatedAt: now, updatedById: input.actor.id } });
  });
  return calendar;
}
