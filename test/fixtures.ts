import { eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '@/db/client';
import { organizations, users } from '@/db/schema';
import { seedDemoData } from '@/db/seed';
import type { Actor } from '@/lib/server/actor';
import type { TicketContentInput } from '@/lib/validation/tickets';

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

export function ticketContent(overrides: Partial<TicketContentInput> = {}): TicketContentInput {
  return {
    subject: 'Impossible d’éditer un acte de naissance',
    module: 'Etat civil',
    context: 'Depuis ce matin, la génération du PDF échoue pour tous les actes.',
    errorMessage: 'Erreur 500',
    menuPath: 'Actes > Naissance > Éditer',
    replyPreference: 'electronic',
    ...overrides,
  };
}

/** An instant given as Paris wall-clock time, e.g. paris('2026-03-06T17:00'). */
export function paris(local: string): Date {
  return DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();
}
