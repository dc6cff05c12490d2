import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { MAX_FAILURES } from '@/lib/auth/throttle-policy';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { verifyCredentials } from './verify-credentials';

const handle = setUpTestDatabase();
setUpDemoData(handle);

const now = new Date('2026-03-02T09:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('verifyCredentials', () => {
  it('accepts the right password, whatever the case of the email', async () => {
    const result = await verifyCredentials(handle.db, {
      email: ' Agent1@Saint-Exemple.demo ',
      password: DEMO_PASSWORD,
      clientAddress: '192.0.2.1',
      now,
    });
    expect(result.ok && result.user.email).toBe('agent1@saint-exemple.demo');
  });

  it('answers the same for a wrong password, an unknown email and a deactivated account', async () => {
    await handle.db.update(users).set({ active: false }).where(eq(users.email, 'agent2@saint-exemple.demo'));
    const attempts = [
      { email: 'agent1@saint-exemple.demo', password: 'wrong-password' },
      { email: 'nobody@saint-exemple.demo', password: DEMO_PASSWORD },
      { email: 'agent2@saint-exemple.demo', password: DEMO_PASSWORD },
    ];
    for (const attempt of attempts) {
      expect(await verifyCredentials(handle.db, { ...attempt, clientAddress: '192.0.2.2', now })).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
  });

  it('refuses an email after 10 failures in a row, even with the right password, from any address', async () => {
    const email = 'admin@saint-exemple.demo';
    for (let i = 0; i < MAX_FAILURES - 1; i++) {
      const result = await verifyCredentials(handle.db, { email, password: 'nope', clientAddress: `198.51.100.${i}`, now });
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await verifyCredentials(handle.db, { email, password: 'nope', clientAddress: '198.51.100.50', now })).toEqual({
      ok: false,
      reason: 'throttled',
      retryInMinutes: 15,
    });
    const blocked = await verifyCredentials(handle.db, { email, password: DEMO_PASSWORD, clientAddress: '198.51.100.99', now: later(5) });
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled', retryInMinutes: 10 });
    const released = await verifyCredentials(handle.db, { email, password: DEMO_PASSWORD, clientAddress: '198.51.100.99', now: later(16) });
    expect(released.ok).toBe(true);
  });

  it('refuses an address after 10 failures in a row on any emails', async () => {
    const clientAddress = '203.0.113.9';
    for (let i = 0; i < MAX_FAILURES; i++) {
      await verifyCredentials(handle.db, { email: `inconnu${i}@exemple.fr`, password: 'x', clientAddress, now });
    }
    const result = await verifyCredentials(handle.db, { email: 'technicien1@guichet.demo', password: DEMO_PASSWORD, clientAddress, now });
    expect(result).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('counts concurrent failures once each', async () => {
    const email = 'technicien2@guichet.demo';
    const results = await Promise.all(
      Array.from({ length: MAX_FAILURES + 2 }, (_, i) => verifyCredentials(handle.db, { email, password: 'x', clientAddress: `192.0.2.${100 + i}`, now })),
    );
    expect(results.filter((result) => !result.ok && result.reason === 'throttled').length).toBeGreaterThanOrEqual(1);
    const after = await verifyCredentials(handle.db, { email, password: DEMO_PASSWORD, clientAddress: '192.0.2.250', now });
    expect(after).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('a success resets the count', async () => {
    const email = 'responsable@guichet.demo';
    for (let i = 0; i < MAX_FAILURES - 1; i++) {
      await verifyCredentials(handle.db, { email, password: 'x', clientAddress: '192.0.2.77', now });
    }
    expect((await verifyCredentials(handle.db, { email, password: DEMO_PASSWORD, clientAddress: '192.0.2.77', now })).ok).toBe(true);
    expect(await verifyCredentials(handle.db, { email, password: 'x', clientAddress: '192.0.2.77', now })).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});
