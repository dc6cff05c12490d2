import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { contracts, faqArticles, organizations, supportSettings, tickets, users } from '@/db/schema';
import { CLIENT_ROLES, STAFF_ROLES } from '@/lib/accounts/roles';
import { DEFAULT_SETTINGS, demoHistoryInput } from './demo-input';
import { planDemoHistory, type PlanOrganization, type SupportSettingsInput } from './plan';
import type { Person } from './simulate';
import { writeDemoHistory, type WrittenCounts } from './write';

export interface SeedDemoHistoryOptions {
  now?: Date;
  /** The portal's address, for the links of the emails in the outbox. */
  publicUrl?: string | null;
  seed?: string | number;
}

/**
 * The demo's history (issue 16): the support's last 11 months for the organizations and the people
 * already in the database (db/seed.ts), planned by planDemoHistory and written in one transaction.
 * Only into a database without any Demande: returns null, writing nothing, otherwise.
 */
export async function seedDemoHistory(db: Database, options: SeedDemoHistoryOptions = {}): Promise<WrittenCounts | null> {
  const now = options.now ?? new Date();
  const [existing] = await db.select({ value: count() }).from(tickets);
  if ((existing?.value ?? 0) > 0) return null;
  const input = demoHistoryInput({
    now,
    seed: options.seed,
    publicUrl: options.publicUrl ?? null,
    ...(await readCast(db)),
    settings: await readSettings(db),
    firstNumber: await nextTicketNumber(db),
  });
  const plan = planDemoHistory(input);
  return db.transaction((tx) => writeDemoHistory(tx, plan));
}

/** The organizations with their contract and active clients, the active staff and the FAQ, in a stable order. */
export async function readCast(
  db: Database,
): Promise<{ organizations: PlanOrganization[]; staff: Person[]; faqArticles: Array<{ id: string; module: string; published: boolean }> }> {
  const people = await db
    .select({ id: users.id, role: users.role, organizationId: users.organizationId, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(asc(users.email));
  const rows = await db
    .select({ id: organizations.id, timeZone: organizations.timeZone, modules: contracts.modules, supportStartDate: contracts.supportStartDate })
    .from(organizations)
    .innerJoin(contracts, eq(contracts.organizationId, organizations.id))
    .where(inArray(organizations.id, db.select({ id: users.organizationId }).from(users)))
    .orderBy(asc(organizations.createdAt), asc(organizations.name));
  const organizationsOut = rows
    .map((row) => {
      const clients = people.filter((person) => person.organizationId === row.id && (CLIENT_ROLES as readonly string[]).includes(person.role));
      const administrator = clients.find((person) => person.role === 'client_admin');
      return {
        ...row,
        clients,
        emailDomain: (administrator ?? clients[0])?.email.split('@')[1] ?? 'mairie.demo',
        weight: clients.length,
      };
    })
    .filter((organization) => organization.clients.some((person) => person.role === 'client_admin'));
  const staff = people.filter((person) => (STAFF_ROLES as readonly string[]).includes(person.role));
  const articles = await db
    .select({ id: faqArticles.id, module: faqArticles.module, published: faqArticles.published })
    .from(faqArticles)
    .orderBy(asc(faqArticles.slug));
  return { organizations: organizationsOut, staff, faqArticles: articles };
}

/** The support's saved settings, or the defaults (as lib/server/support/get-support-settings.ts reads them). */
export async function readSettings(db: Database): Promise<SupportSettingsInput> {
  const [row] = await db.select().from(supportSettings).limit(1);
  if (!row) return DEFAULT_SETTINGS;
  return {
    calendar: row.calendar,
    atRiskRatio: row.atRiskRatio,
    waitingReminderBusinessDays: row.waitingReminderBusinessDays,
    dailyBackupAt: row.dailyBackupAt,
  };
}

/** The value nextval would give the reference sequence, without consuming it. */
export async function nextTicketNumber(db: Database): Promise<number> {
  const [row] = await db.select({ last: sql<string>`last_value`, called: sql<boolean>`is_called` }).from(sql`ticket_number_seq`);
  if (!row) return 1;
  return Number(row.last) + (row.called ? 1 : 0);
}
