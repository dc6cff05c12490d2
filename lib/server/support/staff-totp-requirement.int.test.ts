import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog } from '@/db/schema';
import { getSupportSettingsFlags } from '@/lib/server/accounts/staff-totp-required';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { saveStaffTotpRequirement } from './save-staff-totp-requirement';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

describe('saveStaffTotpRequirement', () => {
  it('lets a manager require two-factor sign-in of staff, and records it', async () => {
    expect(await getSupportSettingsFlags(handle.db)).toEqual({ requireStaffTotp: false });
    await saveStaffTotpRequirement(handle.db, { actor: actors.manager, required: true });
    expect(await getSupportSettingsFlags(handle.db)).toEqual({ requireStaffTotp: true });
    const rows = await handle.db.select().from(auditLog).where(eq(auditLog.action, 'security.staff-totp-required'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: actors.manager.id, actorEmail: 'responsable@guichet.demo' });
  });

  it('refuses a technician and changes nothing', async () => {
    await expect(saveStaffTotpRequirement(handle.db, { actor: actors.technician, required: false })).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await getSupportSettingsFlags(handle.db)).toEqual({ requireStaffTotp: true });
  });
});
