import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { signInThrottles, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed';
import { ACCOUNT_FREE_FAILURES, ADDRESS_MAX_FAILURES } from '@/lib/auth/throttle-policy';
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

  it('backs off an email after 5 failures in a row, even with the right password, from any address', async () => {
    const email = 'admin@saint-exemple.demo';
    for (let i = 0; i < ACCOUNT_FREE_FAILURES - 1; i++) {
      const result = await verifyCredentials(handle.db, { email, password: 'nope', clientAddress: `198.51.100.${i}`, now });
      expect(result).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await verifyCredentials(handle.db, { email, password: 'nope', clientAddress: '198.51.100.50', now })).toEqual({
      ok: false,
      reason: 'throttled',
      retryInMinutes: 1,
    });
    // Refused attempts are not checked, nor counted: the back-off does not grow while it runs.
    const blocked = await verifyCredentials(handle.db, { email, password: DEMO_PASSWORD, clientAddress: '198.51.100.99', now: later(0.5) });
    expect(blocked).toEqual({ ok: false, reason: 'throttled', retryInMinutes: 1 });
    // The sixth failure doubles it.
    expect(await verifyCredentials(handle.db, { email, password: 'nope', clientAddress: '198.51.100.7', now: later(1) })).toEqual({
      ok: false,
      reason: 'throttled',
      retryInMinutes: 2,
    });
    const released = await verifyCredentials(handle.db, { email, password: DEMO_PASSWORD, clientAddress: '198.51.100.99', now: later(3) });
    expect(released.ok).toBe(true);
  });

  it('answers an unknown email exactly as a known one under back-off (no account enumeration)', async () => {
    const answers = async (email: string, network: number) => {
      const results = [];
      for (let i = 0; i < ACCOUNT_FREE_FAILURES + 1; i++) {
        results.push(await verifyCredentials(handle.db, { email, password: 'nope', clientAddress: `198.18.${network}.${i}`, now }));
      }
      return results;
    };
    expect(await answers('personne@reunion-exemple.demo', 1)).toEqual(await answers('admin@reunion-exemple.demo', 2));
  });

  it('a watched address refuses only the accounts that have failures; a clean account still signs in from it', async () => {
    const clientAddress = '203.0.113.9';
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      await verifyCredentials(handle.db, { email: `inconnu${i}@exemple.fr`, password: 'x', clientAddress, now });
    }
    // An account not under attack: its right password signs in from the town hall's address.
    expect((await verifyCredentials(handle.db, { email: 'technicien1@guichet.demo', password: DEMO_PASSWORD, clientAddress, now })).ok).toBe(true);
    // The guesser's accounts stay refused from there, whatever the password.
    expect(await verifyCredentials(handle.db, { email: 'inconnu0@exemple.fr', password: 'y', clientAddress, now })).toMatchObject({
      ok: false,
      reason: 'throttled',
      retryInMinutes: 15,
    });
    // A fresh guess on a clean account is checked once, then that account is refused from there too…
    const reunion = 'agent1@reunion-exemple.demo';
    expect(await verifyCredentials(handle.db, { email: reunion, password: 'x', clientAddress, now })).toMatchObject({ reason: 'throttled' });
    expect(await verifyCredentials(handle.db, { email: reunion, password: DEMO_PASSWORD, clientAddress, now })).toMatchObject({ reason: 'throttled' });
    // …but not from another address (one failure is far from its own back-off).
    expect((await verifyCredentials(handle.db, { email: reunion, password: DEMO_PASSWORD, clientAddress: '203.0.113.10', now })).ok).toBe(true);
  });

  it('a success never clears the address’s failures, nor another account’s', async () => {
    const clientAddress = '192.0.2.177';
    const victim = 'technicien1@guichet.demo';
    // One valid account signing in between guesses on other accounts, from one address (the old
    // reset-on-success hole): the address's count keeps growing, and so does the victim's.
    for (let i = 0; i < ADDRESS_MAX_FAILURES - 1; i++) {
      const guessed = i < ACCOUNT_FREE_FAILURES - 1 ? victim : `voisin${i}@saint-exemple.demo`;
      expect(await verifyCredentials(handle.db, { email: guessed, password: `guess-${i}`, clientAddress, now: later(i / 10) })).toEqual({
        ok: false,
        reason: 'invalid',
      });
      const signedIn = await verifyCredentials(handle.db, { email: 'technicien2@guichet.demo', password: DEMO_PASSWORD, clientAddress, now: later(i / 10) });
      expect(signedIn.ok).toBe(true);
    }
    const row = async (scope: 'email' | 'ip', key: string) =>
      (
        await handle.db
          .select()
          .from(signInThrottles)
          .where(and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key)))
      )[0];
    expect((await row('ip', clientAddress))?.failures).toBe(ADDRESS_MAX_FAILURES - 1);
    expect((await row('email', victim))?.failures).toBe(ACCOUNT_FREE_FAILURES - 1);
    expect(await row('email', 'technicien2@guichet.demo')).toBeUndefined();
  });

  it('counts concurrent failures once each', async () => {
    const email = 'technicien2@guichet.demo';
    const attempts = ACCOUNT_FREE_FAILURES + 2;
    await Promise.all(
      Array.from({ length: attempts }, (_, i) => verifyCredentials(handle.db, { email, password: 'x', clientAddress: `192.0.2.${100 + i}`, now: later(60) })),
    );
    const [row] = await handle.db
      .select()
      .from(signInThrottles)
      .where(and(eq(signInThrottles.scope, 'email'), eq(signInThrottles.key, email)));
    // Each attempt either counted or was refused by a back-off already running: none counted twice.
    expect(row!.failures).toBeGreaterThanOrEqual(ACCOUNT_FREE_FAILURES);
    expect(row!.failures).toBeLessThanOrEqual(attempts);
    const after = await verifyCredentials(handle.db, { email, password: DEMO_PASSWORD, clientAddress: '192.0.2.250', now: later(60) });
    expect(after).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('a success resets its own account’s count', async () => {
    const email = 'responsable@guichet.demo';
    for (let i = 0; i < ACCOUNT_FREE_FAILURES - 1; i++) {
      await verifyCredentials(handle.db, { email, password: 'x', clientAddress: '192.0.2.77', now });
    }
    expect((await verifyCredentials(handle.db, { email, password: DEMO_PASSWORD, clientAddress: '192.0.2.78', now })).ok).toBe(true);
    for (let i = 0; i < ACCOUNT_FREE_FAILURES - 1; i++) {
      expect(await verifyCredentials(handle.db, { email, password: 'x', clientAddress: '192.0.2.79', now })).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
