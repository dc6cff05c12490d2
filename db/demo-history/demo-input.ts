import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { DEFAULT_AT_RISK_RATIO } from '@/lib/sla';
import { DEFAULT_WAITING_REMINDER_BUSINESS_DAYS } from '@/lib/tickets';
import { DEFAULT_DAILY_BACKUP_AT } from '@/lib/backups';
import type { DemoHistoryInput, PlanOrganization, SupportSettingsInput } from './plan';
import type { Person } from './simulate';

/** The demo's size: a few hundred Demandes over the support's last 11 months. */
export const DEMO_SIZE = { months: 11, tickets: 300 } as const;

/** The seed of the demo: change it and the whole history changes. */
export const DEMO_SEED = 'guichet-demo';

export const DEFAULT_SETTINGS: SupportSettingsInput = {
  calendar: DEFAULT_SUPPORT_CALENDAR,
  atRiskRatio: DEFAULT_AT_RISK_RATIO,
  waitingReminderBusinessDays: DEFAULT_WAITING_REMINDER_BUSINESS_DAYS,
  dailyBackupAt: DEFAULT_DAILY_BACKUP_AT,
};

/** How often each member of the support takes a Demande: technicians mostly, the manager now and then. */
export function staffWeights(staff: readonly Person[]): Array<{ person: Person; weight: number }> {
  return staff.map((person, index) => ({ person, weight: person.role === 'support_manager' ? 1.5 : 4.5 - index * 0.5 }));
}

/** The demo history's input for the demo organizations and staff, as read from the database (or made up by a test). */
export function demoHistoryInput(input: {
  now: Date;
  organizations: readonly PlanOrganization[];
  staff: readonly Person[];
  faqArticles: DemoHistoryInput['faqArticles'];
  settings?: SupportSettingsInput;
  publicUrl?: string | null;
  seed?: string | number;
  firstNumber?: number;
}): DemoHistoryInput {
  return {
    seed: input.seed ?? DEMO_SEED,
    now: input.now,
    months: DEMO_SIZE.months,
    tickets: DEMO_SIZE.tickets,
    present: true,
    settings: input.settings ?? DEFAULT_SETTINGS,
    organizations: input.organizations,
    staff: staffWeights(input.staff),
    faqArticles: input.faqArticles,
    publicUrl: input.publicUrl ?? null,
    notifications: true,
    files: true,
    firstNumber: input.firstNumber ?? 1,
  };
}
