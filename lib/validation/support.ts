import { z } from 'zod';
import { FRENCH_TIME_ZONE_VALUES } from '@/lib/time-zones';
import { PHONE } from './tickets';
import type { BusinessCalendar, CalendarProblem, IsoWeekday, OpeningRange } from '@/lib/calendar';

const uuid = z.string().uuid();

// ——— Bulk triage of the queue.

const MAX_BULK = 100;

export const bulkTriageSchema = z
  .object({
    intent: z.enum(['assign', 'take'], { message: 'Choisissez une action.' }),
    ticketIds: z.preprocess(
      (value) => (Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value]),
      z.array(z.string().uuid('Sélection invalide.')).min(1, 'Sélectionnez au moins une demande.').max(MAX_BULK, `${MAX_BULK} demandes au plus à la fois.`),
    ),
    assigneeId: z.string().optional(),
  })
  .superRefine((value, context) => {
    if (value.intent === 'assign' && !uuid.safeParse(value.assigneeId).success) {
      context.addIssue({ code: 'custom', path: ['assigneeId'], message: 'Choisissez le membre du support à qui assigner.' });
    }
  });

// ——— Support settings (managers).

export const WEEKDAYS: ReadonlyArray<{ day: IsoWeekday; label: string }> = [
  { day: '1', label: 'Lundi' },
  { day: '2', label: 'Mardi' },
  { day: '3', label: 'Mercredi' },
  { day: '4', label: 'Jeudi' },
  { day: '5', label: 'Vendredi' },
  { day: '6', label: 'Samedi' },
  { day: '7', label: 'Dimanche' },
];

const MAX_RANGES_PER_DAY = 8;
const MAX_CLOSED_DAYS = 366;
const HOUR_FIELD = /^hours\.([1-7])\.(\d{1,2})\.(start|end)$/;

/**
 * The calendar editor's fields — `timeZone`, `holidays` ('FR' when ticked), `hours.<1–7>.<n>.start`
 * and `.end`, `closedDays[]` — as a BusinessCalendar. Its rules (times, overlaps, dates) are the
 * engine's own: validateCalendar judges it and calendarFieldErrors says why in French.
 */
export const supportCalendarFormSchema = z.record(z.string(), z.unknown()).transform((fields, context): BusinessCalendar => {
  const hours: Partial<Record<IsoWeekday, OpeningRange[]>> = {};
  const slots = new Map<string, { start: string; end: string }>();
  for (const [name, value] of Object.entries(fields)) {
    const match = HOUR_FIELD.exec(name);
    if (!match) continue;
    const [, day, index, side] = match;
    const key = `${day}.${index}`;
    const slot = slots.get(key) ?? { start: '', end: '' };
    slot[side as 'start' | 'end'] = typeof value === 'string' ? value.trim() : '';
    slots.set(key, slot);
  }
  for (const [key, slot] of [...slots].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const day = key.split('.')[0] as IsoWeekday;
    (hours[day] ??= []).push([slot.start, slot.end]);
  }
  for (const { day, label } of WEEKDAYS) {
    if ((hours[day]?.length ?? 0) > MAX_RANGES_PER_DAY) {
      context.addIssue({ code: 'custom', path: ['hours', day], message: `${label} : ${MAX_RANGES_PER_DAY} plages au plus.` });
    }
  }
  const rawClosed = fields['closedDays[]'] ?? fields.closedDays;
  const closedDays = (Array.isArray(rawClosed) ? rawClosed : rawClosed === undefined ? [] : [rawClosed]).map((date) =>
    typeof date === 'string' ? date.trim() : '',
  );
  if (closedDays.length > MAX_CLOSED_DAYS) {
    context.addIssue({ code: 'custom', path: ['closedDays'], message: `${MAX_CLOSED_DAYS} fermetures exceptionnelles au plus.` });
  }
  const timeZone = typeof fields.timeZone === 'string' ? fields.timeZone : '';
  if (!(FRENCH_TIME_ZONE_VALUES as readonly string[]).includes(timeZone)) {
    context.addIssue({ code: 'custom', path: ['timeZone'], message: 'Choisissez un fuseau horaire de la liste.' });
  }
  return {
    timeZone,
    hours,
    holidays: fields.holidays === 'FR' ? 'FR' : 'none',
    // In the form's order, so a problem's position points at the field; sorted once saved.
    ...(closedDays.length > 0 && { closedDays }),
  };
});

function weekdayLabel(day: unknown): string {
  return WEEKDAYS.find((weekday) => weekday.day === day)?.label ?? 'Jour inconnu';
}

/** The engine's problems with a calendar, in French, keyed by the editor field they concern. */
export function calendarFieldErrors(problems: readonly CalendarProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const [, day, position] = problem.path;
    const range = `${weekdayLabel(day)}, plage ${Number(position) + 1}`;
    const message = {
      'unknown-time-zone': () => 'Fuseau horaire inconnu.',
      'unknown-weekday': () => 'Jour de la semaine inconnu.',
      'malformed-time': () => `${range} : indiquez une heure de début et une heure de fin valides (24:00 seulement en fin).`,
      'empty-interval': () => `${range} : l’heure de début doit précéder l’heure de fin.`,
      'overlapping-intervals': () => `${weekdayLabel(day)} : des plages se chevauchent.`,
      'no-opening-hours': () => 'Le support doit ouvrir au moins une plage dans la semaine.',
      'unknown-holidays': () => 'Choix des jours fériés invalide.',
      'malformed-closed-day': () => `Fermeture exceptionnelle ${Number(day) + 1} : date invalide.`,
      'closed-too-long': () => 'Avec ces fermetures, le support resterait fermé plus de trois ans.',
    }[problem.code]();
    errors[problem.path.map(String).join('.') || '_'] ??= message;
  }
  return errors;
}

/** §13, DOMAIN "Support clocks": a clock is "à risque" once this share of its budget is used. */
export const atRiskThresholdSchema = z.object({
  atRiskPercent: z.coerce
    .number({ message: 'Indiquez un pourcentage.' })
    .int('Indiquez un pourcentage entier.')
    .min(50, 'Le seuil doit être de 50 % au moins.')
    .max(95, 'Le seuil doit être de 95 % au plus.'),
});

export const retryEmailSchema = z.object({ emailId: z.string().uuid('Courriel inconnu.') });

/** Managers require (or not) two-factor sign-in of all staff. */
export const staffTotpSchema = z.object({ required: z.enum(['on', 'off'], { message: 'Choisissez une option.' }).transform((choice) => choice === 'on') });

/**
 * §16: the number clients call, shown on the portal with the opening hours; and after how many
 * business days (§1 jours ouvrés) a client who has not answered the support's question is reminded.
 */
export const supportContactSchema = z.object({
  phone: z
    .string()
    .trim()
    .max(30, 'Le numéro : 30 caractères au plus.')
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || PHONE.test(value), 'Numéro de téléphone invalide (par exemple : 01 23 45 67 89).'),
  waitingReminderBusinessDays: z.coerce
    .number({ message: 'Indiquez un nombre de jours ouvrés.' })
    .int('Indiquez un nombre entier de jours ouvrés.')
    .min(1, 'Une relance attend au moins 1 jour ouvré.')
    .max(20, 'Une relance attend au plus 20 jours ouvrés.'),
});
