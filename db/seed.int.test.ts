import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { migrateDatabase } from '@/db/migrate';
import { setUpTestDatabase } from '@/test/integration-setup';
import { contracts, organizations, users } from './schema';
import { DEMO_MODULES, isEmpty, seedDemoData } from './seed';

const handle = setUpTestDatabase();

describe('demo data', () => {
  it('is written into an empty database', async () => {
    expect(await isEmpty(handle.db)).toBe(true);
    await seedDemoData(handle.db);
    expect(await isEmpty(handle.db)).toBe(false);
    const accounts = await handle.db.select({ email: users.email, role: users.role }).from(users);
    expect(accounts).toHaveLength(8);
    expect(accounts).toContainEqual({ email: 'responsable@guichet.demo', role: 'support_manager' });
    expect(accounts).toContainEqual({ email: 'admin@reunion-exemple.demo', role: 'client_admin' });
    const [reunion] = await handle.db.select().from(organizations).where(eq(organizations.name, 'Mairie de Saint-Denis-Exemple'));
    expect(reunion?.timeZone).toBe('Indian/Reunion');
    const rows = await handle.db.select().from(contracts);
    expect(rows.map((row) => [row.modules, row.namedUserLimit, row.supportStartDate])).toEqual([
      [DEMO_MODULES, 10, '2026-01-05'],
      [DEMO_MODULES, 10, '2026-01-05'],
    ]);
  });

  it('survives migrating again (a second start keeps the data)', async () => {
    await migrateDatabase(handle);
    const [row] = await handle.db.select({ value: count() }).from(users);
    expect(row?.value).toBe(8);
  });

  it('refuses a client account without an organization', async () => {
    await expect(handle.db.insert(users).values({ email: 'x@exemple.fr', name: 'X', role: 'client_user', passwordHash: 'x' })).rejects.toThrow();
  });
});
