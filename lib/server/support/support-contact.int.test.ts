import { describe, expect, it } from 'vitest';
import { supportContactSchema } from '@/lib/validation/support';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { getSupportSettings } from './get-support-settings';
import { getSupportSettingsRecord } from './get-support-settings-record';
import { saveSupportContact } from './save-support-contact';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

describe('the support’s phone number and reminder delay (§16, managers’ settings)', () => {
  it('defaults to no number and a reminder after 3 business days', async () => {
    expect(await getSupportSettings(handle.db)).toMatchObject({ phone: null, waitingReminderBusinessDays: 3 });
  });

  it('a manager saves them; the portal and the reminders read them', async () => {
    const input = supportContactSchema.parse({ phone: ' 01 23 45 67 89 ', waitingReminderBusinessDays: '5' });
    await saveSupportContact(handle.db, { actor: actors.manager, ...input });
    expect(await getSupportSettings(handle.db)).toMatchObject({ phone: '01 23 45 67 89', waitingReminderBusinessDays: 5 });
    expect(await getSupportSettingsRecord(handle.db)).toMatchObject({
      phone: '01 23 45 67 89',
      waitingReminderBusinessDays: 5,
      updatedByName: 'Camille Responsable',
    });
    // An empty number hides it from the portal.
    await saveSupportContact(handle.db, { actor: actors.manager, ...supportContactSchema.parse({ phone: '', waitingReminderBusinessDays: '3' }) });
    expect(await getSupportSettings(handle.db)).toMatchObject({ phone: null, waitingReminderBusinessDays: 3 });
  });

  it('refuses a technician, and bad input in French', async () => {
    await expect(saveSupportContact(handle.db, { actor: actors.technician, phone: null, waitingReminderBusinessDays: 3 })).rejects.toMatchObject({
      kind: 'forbidden',
    });
    const refused = supportContactSchema.safeParse({ phone: 'appelez-nous', waitingReminderBusinessDays: '0' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      'Numéro de téléphone invalide (par exemple : 01 23 45 67 89).',
      'Une relance attend au moins 1 jour ouvré.',
    ]);
  });
});
