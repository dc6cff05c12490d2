import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@/db/seed';
import { decideAccess, type SessionClaims } from '@/lib/auth/access';
import { getAccount } from '@/lib/server/auth/get-account';
import { verifyCredentials } from '@/lib/server/auth/verify-credentials';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { changeAccountRole } from './change-account-role';
import { changePassword } from './change-password';
import { setAccountActive } from './set-account-active';

// issue 12: deactivation, role change and password change end every session issued before them
// for good; the guards decide with decideAccess from the token's claims and the account as stored now.

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const clientAdmin = () => ({ ...actors.clientAdmin, email: 'admin@saint-exemple.demo' });
const manager = () => ({ ...actors.manager, email: 'responsable@guichet.demo' });

/** Signs in through the real credential check: the claims a fresh session cookie would carry. */
async function signIn(email: string, password = DEMO_PASSWORD): Promise<SessionClaims> {
  const result = await verifyCredentials(handle.db, { email, password, clientAddress: '192.0.2.40' });
  if (!result.ok) throw new Error(`Connexion refusée pour ${email} : ${result.reason}`);
  return { userId: result.user.id, sessionVersion: result.user.sessionVersion };
}

/** What the guards decide for a request carrying these claims now: 'allow', or the refusal. */
async function decisionFor(claims: SessionClaims) {
  const decision = decideAccess(claims, await getAccount(handle.db, claims.userId));
  return decision.kind === 'allow' ? 'allow' : decision;
}

describe('sessions end for good', () => {
  it('a session issued before a deactivation stays refused after the reactivation; a new sign-in works', async () => {
    const before = await signIn('agent2@saint-exemple.demo');
    expect(await decisionFor(before)).toBe('allow');

    await setAccountActive(handle.db, { actor: clientAdmin(), userId: before.userId, active: false });
    expect(await decisionFor(before)).toEqual({ kind: 'sign-in', reason: 'deactivated' });

    await setAccountActive(handle.db, { actor: clientAdmin(), userId: before.userId, active: true });
    expect(await decisionFor(before)).toEqual({ kind: 'sign-in', reason: 'session-revoked' });

    const after = await signIn('agent2@saint-exemple.demo');
    expect(after.sessionVersion).toBeGreaterThan(before.sessionVersion);
    expect(await decisionFor(after)).toBe('allow');
  });

  it('the console’s deactivation (a manager, another organization) ends them the same way', async () => {
    const before = await signIn('agent1@reunion-exemple.demo');
    await setAccountActive(handle.db, { actor: manager(), userId: before.userId, active: false });
    await setAccountActive(handle.db, { actor: manager(), userId: before.userId, active: true });
    expect(await decisionFor(before)).toEqual({ kind: 'sign-in', reason: 'session-revoked' });
  });

  it('a role change ends the sessions signed with the old role, both ways', async () => {
    const asUser = await signIn('agent1@saint-exemple.demo');
    await changeAccountRole(handle.db, { actor: clientAdmin(), userId: asUser.userId, role: 'client_admin' });
    expect(await decisionFor(asUser)).toEqual({ kind: 'sign-in', reason: 'session-revoked' });

    const asAdmin = await signIn('agent1@saint-exemple.demo');
    expect(await decisionFor(asAdmin)).toBe('allow');
    await changeAccountRole(handle.db, { actor: clientAdmin(), userId: asAdmin.userId, role: 'client_user' });
    expect(await decisionFor(asAdmin)).toEqual({ kind: 'sign-in', reason: 'session-revoked' });
  });

  it('setting the same role or the same state again changes nothing and keeps the session', async () => {
    const claims = await signIn('agent1@saint-exemple.demo');
    await changeAccountRole(handle.db, { actor: clientAdmin(), userId: claims.userId, role: 'client_user' });
    await setAccountActive(handle.db, { actor: clientAdmin(), userId: claims.userId, active: true });
    expect(await decisionFor(claims)).toBe('allow');
  });

  it('a password change ends every other session', async () => {
    const other = await signIn('technicien2@guichet.demo');
    const { sessionVersion } = await changePassword(handle.db, {
      userId: other.userId,
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Soleil-Mairie-Vote-42',
    });
    expect(await decisionFor(other)).toEqual({ kind: 'sign-in', reason: 'session-revoked' });
    // The session that made the change is re-issued with the returned version (lib/auth/reissue-session.ts).
    expect(await decisionFor({ userId: other.userId, sessionVersion })).toBe('allow');
  });
});
