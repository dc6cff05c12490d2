import { eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '@/db/client';
import { organizations, users } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import type { Actor } from '@/lib/server/actor';
import { attachmentsField, type CheckedFile } from '@/lib/validation/attachments';
import { ticketContentSchema, type TicketContent, type TicketContentInput } from '@/lib/validation/tickets';

export type DemoActors = Awaited<ReturnType<typeof demoActors>>;

/** The demo accounts, as actors of server operations. */
export async function demoActors(db: Database) {
  await seedDemoData(db);
  const rows = await db.select({ id: users.id, email: users.email, role: users.role, organizationId: users.organizationId }).from(users);
  const byEmail = (email: string): Actor => {
    const row = rows.find((candidate) => candidate.email === email);
    if (!row) throw new Error(`Compte de démonstration absent : ${email}`);
    return { id: row.id, role: row.role, organizationId: row.organizationId };
  };
  return {
    manager: byEmail('responsable@guichet.demo'),
    technician: byEmail('technicien1@guichet.demo'),
    technician2: byEmail('technicien2@guichet.demo'),
    agent: byEmail('agent1@saint-exemple.demo'),
    agent2: byEmail('agent2@saint-exemple.demo'),
    clientAdmin: byEmail('admin@saint-exemple.demo'),
    reunionAgent: byEmail('agent1@reunion-exemple.demo'),
  };
}

export async function organizationId(db: Database, name: string): Promise<string> {
  const [row] = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.name, name));
  if (!row) throw new Error(`Organisation absente : ${name}`);
  return row.id;
}

/** Extra client accounts for load tests (no password: they never sign in). */
export async function addClientUsers(db: Database, organization: string, count: number): Promise<Actor[]> {
  const rows = await db
    .insert(users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        email: `charge${i}-${Date.now()}@exemple.fr`,
        name: `Agent de charge ${i}`,
        role: 'client_user' as const,
        organizationId: organization,
        passwordHash: sql`'!'`,
      })),
    )
    .returning({ id: users.id, role: users.role, organizationId: users.organizationId });
  return rows;
}

/** A Demande's content as the action hands it to createTicket: parsed by the shared schema. */
export function ticketContent(overrides: Partial<TicketContentInput> = {}): TicketContent {
  return ticketContentSchema.parse({
    subject: 'Impossible d’éditer un acte de naissance',
    module: 'État civil',
    context: 'Depuis ce matin, la génération du PDF échoue pour tous les actes.',
    errorMessage: 'Erreur 500',
    menuPath: 'Actes > Naissance > Éditer',
    replyPreference: 'electronic',
    ...overrides,
  });
}

/** Files as a form sends them, checked by the attachments field every action parses. */
export function checkedFiles(...files: Array<[fileName: string, content: string | Uint8Array<ArrayBuffer>]>): Promise<CheckedFile[]> {
  return attachmentsField.parseAsync(files.map(([fileName, content]) => new File([content], fileName)));
}

/** An instant given as Paris wall-clock time, e.g. paris('2026-03-06T17:00'). */
export function paris(local: string): Date {
  return DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
}
