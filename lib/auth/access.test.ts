import { describe, expect, it } from 'vitest';
import { decideAccess, type AccountState } from './access';
import { CLIENT_ROLES, STAFF_ROLES, homePath, isStaff } from '@/lib/accounts/roles';

const agent: AccountState = { id: 'u1', role: 'client_user', organizationId: 'o1', active: true, sessionVersion: 2 };
const technician: AccountState = { id: 'u2', role: 'technician', organizationId: null, active: true, sessionVersion: 0 };
const claimsOf = (account: AccountState) => ({ userId: account.id, sessionVersion: account.sessionVersion });

describe('decideAccess', () => {
  it('sends a visitor without a session to the sign-in page', () => {
    expect(decideAccess(null, null)).toEqual({ kind: 'sign-in', reason: 'no-session' });
  });

  it('treats a session whose account no longer exists as no session', () => {
    expect(decideAccess(claimsOf(agent), null)).toEqual({ kind: 'sign-in', reason: 'no-session' });
  });

  it('refuses a deactivated account on its very next request (§11)', () => {
    expect(decideAccess(claimsOf(agent), { ...agent, active: false })).toEqual({ kind: 'sign-in', reason: 'deactivated' });
  });

  it('refuses a session issued before the account revoked its sessions', () => {
    expect(decideAccess({ userId: 'u1', sessionVersion: 1 }, agent)).toEqual({ kind: 'sign-in', reason: 'session-revoked' });
  });

  it('lets a client into the portal and not into the console', () => {
    expect(decideAccess(claimsOf(agent), agent, CLIENT_ROLES)).toEqual({ kind: 'allow', account: agent });
    expect(decideAccess(claimsOf(agent), agent, STAFF_ROLES)).toEqual({ kind: 'forbidden' });
  });

  it('lets staff into the console and not into the portal', () => {
    expect(decideAccess(claimsOf(technician), technician, STAFF_ROLES)).toEqual({ kind: 'allow', account: technician });
    expect(decideAccess(claimsOf(technician), technician, CLIENT_ROLES)).toEqual({ kind: 'forbidden' });
  });

  it('uses the role stored now, not the one the session was issued with', () => {
    const promoted = { ...agent, role: 'client_admin' as const };
    expect(decideAccess(claimsOf(agent), promoted, ['client_admin'])).toEqual({ kind: 'allow', account: promoted });
    expect(decideAccess(claimsOf(promoted), agent, ['client_admin'])).toEqual({ kind: 'forbidden' });
  });

  it('allows any signed-in role when no role is required', () => {
    for (const account of [agent, technician]) {
      expect(decideAccess(claimsOf(account), account).kind).toBe('allow');
    }
  });
});

describe('roles', () => {
  it('sends each role to its own area', () => {
    expect(homePath('client_user')).toBe('/');
    expect(homePath('client_admin')).toBe('/');
    expect(homePath('technician')).toBe('/console');
    expect(homePath('support_manager')).toBe('/console');
    expect(isStaff('client_admin')).toBe(false);
  });
});

describe('decideAccess with pending steps', () => {
  const fresh = { ...agent, mustChangePassword: true };
  const staffToEnrol = { ...technician, staffTotpRequired: true, totpEnabled: false };

  it('sends an account with an initial password to the password change page, whatever it asks (§11)', () => {
    expect(decideAccess(claimsOf(fresh), fresh)).toEqual({ kind: 'must-change-password' });
    expect(decideAccess(claimsOf(fresh), fresh, CLIENT_ROLES)).toEqual({ kind: 'must-change-password' });
    expect(decideAccess(claimsOf(fresh), fresh, undefined, 'totp-enrolment')).toEqual({ kind: 'must-change-password' });
  });

  it('lets it reach the password change page only', () => {
    expect(decideAccess(claimsOf(fresh), fresh, undefined, 'password-change')).toEqual({ kind: 'allow', account: fresh });
  });

  it('still refuses a deactivated or revoked account before any pending step', () => {
    expect(decideAccess(claimsOf(fresh), { ...fresh, active: false })).toEqual({ kind: 'sign-in', reason: 'deactivated' });
    expect(decideAccess({ userId: 'u1', sessionVersion: 0 }, fresh, undefined, 'password-change')).toEqual({ kind: 'sign-in', reason: 'session-revoked' });
  });

  it('sends staff without two-factor sign-in to enrolment when managers require it', () => {
    expect(decideAccess(claimsOf(staffToEnrol), staffToEnrol, STAFF_ROLES)).toEqual({ kind: 'totp-enrolment-required' });
    expect(decideAccess(claimsOf(staffToEnrol), staffToEnrol, undefined, 'totp-enrolment')).toEqual({ kind: 'allow', account: staffToEnrol });
    const enrolled = { ...staffToEnrol, totpEnabled: true };
    expect(decideAccess(claimsOf(enrolled), enrolled, STAFF_ROLES).kind).toBe('allow');
  });

  it('asks the password change before the enrolment', () => {
    const both = { ...staffToEnrol, mustChangePassword: true };
    expect(decideAccess(claimsOf(both), both, STAFF_ROLES)).toEqual({ kind: 'must-change-password' });
    expect(decideAccess(claimsOf(both), both, undefined, 'password-change').kind).toBe('allow');
  });

  it('never requires two-factor sign-in of clients', () => {
    const client = { ...agent, staffTotpRequired: true, totpEnabled: false };
    expect(decideAccess(claimsOf(client), client, CLIENT_ROLES).kind).toBe('allow');
  });
});
