import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { generate } from 'otplib';
import type { Database } from '@/db/client';
import { auditLog, emailOutbox, organizations, passwordResetTokens, tickets, users } from '@/db/schema';
import { decryptTotpSecret } from '@/lib/auth/totp-secret';
import { verifyPassword } from '@/lib/auth/password';
import { createOrganizationSchema } from '@/lib/validation/accounts';
import { ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { verifyCredentials } from '@/lib/server/auth/verify-credentials';
import { createOrganization } from '@/lib/server/organizations/create-organization';
import { setSupportSuspension } from '@/lib/server/organizations/set-support-suspension';
import { changeAccountRole } from './change-account-role';
import { changePassword } from './change-password';
import { createAccount } from './create-account';
import { requestPasswordReset } from './request-password-reset';
import { resetPasswordBySupport } from './reset-password-by-support';
import { resetPasswordWithToken } from './reset-password-with-token';
import { setAccountActive } from './set-account-active';
import { totpKey } from './totp-key';
import { confirmTotp, getTotpEnrolment } from './two-factor';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
let db: Database;
beforeAll(() => {
  db = handle.db;
});
const manager = () => ({ ...actors.manager, email: 'responsable@guichet.demo' });

let counter = 0;
async function newOrganization(limit: number) {
  counter += 1;
  const created = await createOrganization(db, {
    actor: manager(),
    form: createOrganizationSchema.parse({
      name: `Mairie de Test ${counter}`,
      siren: '217500016',
      timeZone: 'America/Martinique',
      closedDays: '2026-05-22',
      modules: ['État civil', 'Élections'],
      namedUserLimit: String(limit),
      supportStartDate: '2026-01-05',
      adminName: 'Admin Test',
      adminEmail: `admin${counter}@test-${counter}.fr`,
    }),
    clientAddress: '192.0.2.10',
  });
  const [admin] = await db.select().from(users).where(eq(users.email, created.adminEmail));
  return { ...created, admin: { id: admin!.id, role: admin!.role, organizationId: admin!.organizationId, email: admin!.email } };
}

describe('organizations and the named-user limit', () => {
  it('creates the organization, contract and first administrator with an initial password to change, emailed and audited', async () => {
    const { organization, adminEmail, initialPassword } = await newOrganization(3);
    expect(organization.closedDays).toEqual(['2026-05-22']);
    const [admin] = await db.select().from(users).where(eq(users.email, adminEmail));
    expect(admin).toMatchObject({ role: 'client_admin', mustChangePassword: true, organizationId: organization.id });
    expect(await verifyPassword(admin!.passwordHash, initialPassword)).toBe(true);
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, adminEmail));
    expect(mail?.text).toContain(initialPassword);
    const actions = (await db.select().from(auditLog).where(eq(auditLog.organizationId, organization.id))).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['organization.created', 'account.created']));
  });

  // A malformed form (SIREN, time zone outside France, no module) is the schema's: lib/validation/accounts.test.ts.
  it('creates accounts up to the limit, then refuses with the counts and writes nothing', async () => {
    const { organization, admin } = await newOrganization(3);
    for (const i of [1, 2]) {
      await createAccount(db, {
        actor: admin,
        organizationId: organization.id,
        account: { name: `Agent ${i}`, email: `agent${i}-${organization.id}@x.fr`, role: 'client_user' },
      });
    }
    const before = await db.select({ id: users.id }).from(users).where(eq(users.organizationId, organization.id));
    await expect(
      createAccount(db, {
        actor: admin,
        organizationId: organization.id,
        account: { name: 'De trop', email: `trop-${organization.id}@x.fr`, role: 'client_user' },
      }),
    ).rejects.toMatchObject({ kind: 'conflict', message: 'Limite atteinte : 3 utilisateurs actifs sur 3 prévus au contrat.' });
    const after = await db.select({ id: users.id }).from(users).where(eq(users.organizationId, organization.id));
    expect(after).toHaveLength(before.length);
  });

  it('never exceeds the limit under concurrent creations', async () => {
    const { organization, admin } = await newOrganization(5);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        createAccount(db, {
          actor: admin,
          organizationId: organization.id,
          account: { name: `Agent ${i}`, email: `c${i}-${organization.id}@x.fr`, role: 'client_user' },
        }),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(4);
    const [row] = await db
      .select({ value: sql<number>`count(*)::int` })
      .from(users)
      .where(and(eq(users.organizationId, organization.id), eq(users.active, true)));
    expect(row?.value).toBe(5);
  });

  it('counts reactivations against the limit', async () => {
    const { organization, admin } = await newOrganization(2);
    const { user: agent } = await createAccount(db, {
      actor: admin,
      organizationId: organization.id,
      account: { name: 'Agent A', email: `r1-${organization.id}@x.fr`, role: 'client_user' },
    });
    await setAccountActive(db, { actor: admin, userId: agent.id, active: false });
    await createAccount(db, {
      actor: admin,
      organizationId: organization.id,
      account: { name: 'Agent B', email: `r2-${organization.id}@x.fr`, role: 'client_user' },
    });
    await expect(setAccountActive(db, { actor: admin, userId: agent.id, active: true })).rejects.toMatchObject({
      message: 'Limite atteinte : 2 utilisateurs actifs sur 2 prévus au contrat.',
    });
  });

  it('keeps a client administrator within their own organization, and a client user out', async () => {
    const { organization } = await newOrganization(3);
    const clientAdmin = { ...actors.clientAdmin, email: 'admin@saint-exemple.demo' };
    await expect(
      createAccount(db, { actor: clientAdmin, organizationId: organization.id, account: { name: 'X', email: 'x-other@x.fr', role: 'client_user' } }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    const agent = { ...actors.agent, email: 'agent1@saint-exemple.demo' };
    await expect(
      createAccount(db, { actor: agent, organizationId: actors.agent.organizationId!, account: { name: 'X', email: 'x-user@x.fr', role: 'client_user' } }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
    const [stranger] = await db.select().from(users).where(eq(users.organizationId, organization.id));
    await expect(setAccountActive(db, { actor: clientAdmin, userId: stranger!.id, active: false })).rejects.toMatchObject({ kind: 'not_found' });
  });
});

describe('last administrator', () => {
  it('cannot deactivate themselves nor be demoted, until another administrator exists', async () => {
    const { organization, admin } = await newOrganization(5);
    await expect(setAccountActive(db, { actor: admin, userId: admin.id, active: false })).rejects.toMatchObject({
      message: 'Vous êtes le dernier administrateur actif : nommez d’abord un autre administrateur.',
    });
    await expect(changeAccountRole(db, { actor: admin, userId: admin.id, role: 'client_user' })).rejects.toMatchObject({ kind: 'conflict' });
    const { user: second } = await createAccount(db, {
      actor: admin,
      organizationId: organization.id,
      account: { name: 'Second', email: `second-${organization.id}@x.fr`, role: 'client_user' },
    });
    await changeAccountRole(db, { actor: admin, userId: second.id, role: 'client_admin' });
    await setAccountActive(db, { actor: admin, userId: admin.id, active: false });
    const [row] = await db.select().from(users).where(eq(users.id, admin.id));
    expect(row).toMatchObject({ active: false });
    expect(row?.deactivatedAt).toBeInstanceOf(Date);
    const actions = (await db.select().from(auditLog).where(eq(auditLog.organizationId, organization.id))).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['account.role-changed', 'account.deactivated']));
  });
});

describe('passwords', () => {
  it('changes a password by the rules, clears the initial flag and bumps the session version', async () => {
    const { admin, initialPassword } = await newOrganization(3);
    await expect(changePassword(db, { userId: admin.id, currentPassword: 'wrong', newPassword: 'Soleil-Mairie-Vote-42' })).rejects.toMatchObject({
      fieldErrors: { currentPassword: 'Mot de passe actuel incorrect.' },
    });
    await expect(changePassword(db, { userId: admin.id, currentPassword: initialPassword, newPassword: 'motdepasse123' })).rejects.toMatchObject({
      fieldErrors: { newPassword: expect.stringContaining('courants') },
    });
    const { sessionVersion } = await changePassword(db, { userId: admin.id, currentPassword: initialPassword, newPassword: 'Soleil-Mairie-Vote-42' });
    const [row] = await db.select().from(users).where(eq(users.id, admin.id));
    expect(row).toMatchObject({ mustChangePassword: false, sessionVersion: 1 });
    expect(sessionVersion).toBe(1);
    await expect(
      changePassword(db, { userId: admin.id, currentPassword: 'Soleil-Mairie-Vote-42', newPassword: 'Soleil-Mairie-Vote-42' }),
    ).rejects.toMatchObject({
      fieldErrors: { newPassword: 'Le nouveau mot de passe doit être différent de l’actuel.' },
    });
  });

  it('a support reset gives a new initial password and ends the other sessions', async () => {
    const { admin } = await newOrganization(3);
    const { initialPassword } = await resetPasswordBySupport(db, { actor: manager(), userId: admin.id });
    const [row] = await db.select().from(users).where(eq(users.id, admin.id));
    expect(row).toMatchObject({ mustChangePassword: true, sessionVersion: 1 });
    expect(await verifyPassword(row!.passwordHash, initialPassword)).toBe(true);
    await expect(resetPasswordBySupport(db, { actor: { ...actors.technician, email: 't@x' }, userId: admin.id })).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('a reset link works once, within 30 minutes, and invalidates older links', async () => {
    const { admin } = await newOrganization(3);
    const now = new Date('2026-03-02T09:00:00Z');
    const first = await requestPasswordReset(db, { email: admin.email.toUpperCase(), clientAddress: '192.0.2.50', now });
    const second = await requestPasswordReset(db, { email: admin.email, clientAddress: '192.0.2.50', now: new Date(now.getTime() + 60_000) });
    expect(first && second).toBeTruthy();
    const stored = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, admin.id));
    expect(stored.map((token) => token.tokenHash)).not.toContain(first!.token);

    await resetPasswordWithToken(db, { token: second!.token, newPassword: 'Soleil-Mairie-Vote-42', now: new Date(now.getTime() + 5 * 60_000) });
    const [row] = await db.select().from(users).where(eq(users.id, admin.id));
    expect(row).toMatchObject({ mustChangePassword: false, sessionVersion: 1 });
    await expect(resetPasswordWithToken(db, { token: second!.token, newPassword: 'Autre-Phrase-Longue-77', now })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(resetPasswordWithToken(db, { token: first!.token, newPassword: 'Autre-Phrase-Longue-77', now })).rejects.toMatchObject({ kind: 'invalid' });
    const actions = (await db.select().from(auditLog).where(eq(auditLog.targetId, admin.id))).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['password.reset-requested', 'password.reset-by-link']));
  });

  it('an expired link is refused, and an unknown email creates nothing', async () => {
    const { admin } = await newOrganization(3);
    const now = new Date('2026-03-02T09:00:00Z');
    const link = await requestPasswordReset(db, { email: admin.email, clientAddress: '192.0.2.51', now });
    await expect(
      resetPasswordWithToken(db, { token: link!.token, newPassword: 'Soleil-Mairie-Vote-42', now: new Date(now.getTime() + 31 * 60_000) }),
    ).rejects.toMatchObject({ kind: 'invalid' });
    expect(await requestPasswordReset(db, { email: 'personne@nulle-part.fr', clientAddress: '192.0.2.51', now })).toBeNull();
  });

  it('limits the links per account', async () => {
    const { admin } = await newOrganization(3);
    const now = new Date('2026-03-02T10:00:00Z');
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await requestPasswordReset(db, { email: admin.email, clientAddress: `192.0.2.${60 + i}`, now }));
    expect(results.filter(Boolean)).toHaveLength(3);
  });
});

describe('two-factor sign-in', () => {
  it('enrols with a code, then asks the code at sign-in; a recovery code works once', async () => {
    const { admin, initialPassword } = await newOrganization(3);
    const enrolment = await getTotpEnrolment(db, admin.id);
    const [stored] = await db.select().from(users).where(eq(users.id, admin.id));
    expect(stored!.totpSecret).not.toContain(enrolment!.secret);
    expect(decryptTotpSecret(stored!.totpSecret!, totpKey())).toBe(enrolment!.secret);
    await expect(confirmTotp(db, { userId: admin.id, code: '000000' })).rejects.toMatchObject({ kind: 'invalid' });
    const { recoveryCodes } = await confirmTotp(db, { userId: admin.id, code: await generate({ secret: enrolment!.secret }) });
    expect(recoveryCodes).toHaveLength(10);

    const attempt = (code?: string) => verifyCredentials(db, { email: admin.email, password: initialPassword, code, clientAddress: '192.0.2.90' });
    expect(await attempt()).toEqual({ ok: false, reason: 'totp-required' });
    expect(await attempt('123456')).toEqual({ ok: false, reason: 'totp-invalid' });
    const code = await generate({ secret: enrolment!.secret });
    expect((await attempt(code)).ok).toBe(true);
    // A code is good once: replayed (even within its 30 seconds), it is refused.
    expect(await attempt(code)).toEqual({ ok: false, reason: 'totp-invalid' });
    expect((await attempt(recoveryCodes[0])).ok).toBe(true);
    expect(await attempt(recoveryCodes[0])).toEqual({ ok: false, reason: 'totp-invalid' });
    const failures = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorEmail, admin.email), eq(auditLog.action, 'sign-in.failed')));
    expect(failures.map((row) => row.details)).toContainEqual({ reason: 'wrong-code' });
  });
});

describe('sign-in audit', () => {
  it('records successes and failures with the email and address', async () => {
    await verifyCredentials(db, { email: 'inconnu@nulle-part.fr', password: 'x', clientAddress: '198.51.100.200' });
    const [row] = await db.select().from(auditLog).where(eq(auditLog.actorEmail, 'inconnu@nulle-part.fr'));
    expect(row).toMatchObject({ action: 'sign-in.failed', actorId: null, clientAddress: '198.51.100.200', details: { reason: 'unknown-email' } });
  });

  it('cannot be rewritten', async () => {
    await expect(db.update(auditLog).set({ action: 'x' })).rejects.toThrow();
    await expect(db.delete(auditLog)).rejects.toThrow();
  });
});

describe('suspended support (§13)', () => {
  it('refuses a new Demande with the reason and writes nothing; lifting it allows them again', async () => {
    const organizationId = actors.reunionAgent.organizationId!;
    await setSupportSuspension(db, { actor: manager(), organizationId, reason: 'Utilisateurs non formés' });
    const before = await db.select({ id: tickets.id }).from(tickets);
    await expect(createTicket(db, { actor: actors.reunionAgent, content: ticketContent() })).rejects.toMatchObject({
      kind: 'forbidden',
      message: expect.stringContaining('Utilisateurs non formés'),
    });
    expect(await db.select({ id: tickets.id }).from(tickets)).toHaveLength(before.length);
    await setSupportSuspension(db, { actor: manager(), organizationId, reason: null });
    const [organization] = await db.select().from(organizations).where(eq(organizations.id, organizationId));
    expect(organization?.supportSuspendedAt).toBeNull();
    await expect(createTicket(db, { actor: actors.reunionAgent, content: ticketContent() })).resolves.toBeTruthy();
    const actions = (await db.select().from(auditLog).where(eq(auditLog.organizationId, organizationId))).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['support.suspended', 'support.resumed']));
  });
});
