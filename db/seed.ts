import { count } from 'drizzle-orm';
import { PRODUCT_MODULES } from '@/lib/accounts/product-modules';
import { hashPassword } from '@/lib/auth/password';
import type { Database } from './client';
import { contracts, organizations, users, type Role } from './schema';
import { seedDemoAnnouncements } from './seed-announcements';
import { seedDemoFaq } from './seed-faq';

export const DEMO_PASSWORD = 'Guichet-Demo-2026!';
export const DEMO_MODULES = [...PRODUCT_MODULES];

interface DemoOrganization {
  name: string;
  timeZone: string;
  accounts: Array<{ email: string; name: string; role: Role }>;
}

const STAFF: Array<{ email: string; name: string; role: Role }> = [
  { email: 'responsable@guichet.demo', name: 'Camille Responsable', role: 'support_manager' },
  { email: 'technicien1@guichet.demo', name: 'Thomas Technicien', role: 'technician' },
  { email: 'technicien2@guichet.demo', name: 'Inès Technicienne', role: 'technician' },
];

const ORGANIZATIONS: DemoOrganization[] = [
  {
    name: 'Mairie de Saint-Exemple',
    timeZone: 'Europe/Paris',
    accounts: [
      { email: 'admin@saint-exemple.demo', name: 'Claire Administratrice', role: 'client_admin' },
      { email: 'agent1@saint-exemple.demo', name: 'Paul Agent', role: 'client_user' },
      { email: 'agent2@saint-exemple.demo', name: 'Julie Agente', role: 'client_user' },
    ],
  },
  {
    name: 'Mairie de Saint-Denis-Exemple',
    timeZone: 'Indian/Reunion',
    accounts: [
      { email: 'admin@reunion-exemple.demo', name: 'Marie-Josée Administratrice', role: 'client_admin' },
      { email: 'agent1@reunion-exemple.demo', name: 'Didier Agent', role: 'client_user' },
    ],
  },
];

export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ value: count() }).from(users);
  return (row?.value ?? 0) === 0;
}

/**
 * Writes the demo accounts in one transaction. Demo accounts exist to try the portal, so
 * they are not forced to change their password (DOMAIN.md, Accounts).
 */
export async function seedDemoData(db: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const staff = await tx
      .insert(users)
      .values(STAFF.map((account) => ({ ...account, passwordHash })))
      .returning({ id: users.id, role: users.role });
    for (const demo of ORGANIZATIONS) {
      const [organization] = await tx.insert(organizations).values({ name: demo.name, timeZone: demo.timeZone }).returning({ id: organizations.id });
      if (!organization) throw new Error(`Organisation non créée : ${demo.name}`);
      await tx.insert(contracts).values({
        organizationId: organization.id,
        modules: DEMO_MODULES,
        namedUserLimit: 10,
        supportStartDate: '2026-01-05',
      });
      await tx.insert(users).values(demo.accounts.map((account) => ({ ...account, organizationId: organization.id, passwordHash })));
    }
    await seedDemoFaq(tx, staff.find((account) => account.role === 'support_manager')!.id);
    await seedDemoAnnouncements(tx, staff.find((account) => account.role === 'support_manager')!.id, new Date());
  });
}
