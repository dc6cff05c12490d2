import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { users, type User } from '@/db/schema';
import type { Database, Executor } from '@/db/client';
import { hashPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/server/actor';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { ServiceError } from '@/lib/server/service-error';
import { assertBelowLimit, assertManagesAccountsOf, lockNamedUsers } from './account-access';
import { initialPasswordParagraphs, queueAccountEmail } from './account-emails';
import { generateInitialPassword } from './generate-password';

export interface NewAccount {
  name: string;
  email: string;
  phone?: string | undefined;
  role: 'client_user' | 'client_admin';
}

export interface CreateAccountInput {
  actor: Actor & { email: string };
  organizationId: string;
  account: NewAccount;
  clientAddress?: string;
  now?: Date;
}

/**
 * Creates a portal account of an organization (§11), within the contract's named-user limit,
 * with a generated initial password that must be changed at the first sign-in. The password is
 * returned once (to be shown to whoever created it) and emailed through the outbox.
 */
export async function createAccount(db: Database, input: CreateAccountInput): Promise<{ user: User; initialPassword: string }> {
  const now = input.now ?? new Date();
  assertManagesAccountsOf(input.actor, input.organizationId);
  const { account } = input;
  const initialPassword = generateInitialPassword();
  // Hashed before the transaction, so the contract row stays locked only for the writes.
  const passwordHash = await hashPassword(initialPassword);
  const user = await db.transaction((tx) => insertAccount(tx, { ...input, account, passwordHash, initialPassword, now }));
  return { user, initialPassword };
}

/** The creation itself, in the caller's transaction (also used for an organization's first administrator). */
export async function insertAccount(
  tx: Executor,
  input: Omit<CreateAccountInput, 'account' | 'now'> & { account: NewAccount; passwordHash: string; initialPassword: string; now: Date },
): Promise<User> {
  const { account, now, organizationId } = input;
  assertBelowLimit(await lockNamedUsers(tx, organizationId));
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, account.email.toLowerCase()));
  if (taken) throw emailTaken();
  const [user] = await tx
    .insert(users)
    .values({
      organizationId,
      email: account.email,
      name: account.name,
      phone: account.phone ?? null,
      role: account.role,
      passwordHash: input.passwordHash,
      mustChangePassword: true,
    })
    .onConflictDoNothing()
    .returning();
  // Another transaction took the address between the check and the insert.
  if (!user) throw emailTaken();
  await recordAudit(tx, {
    at: now,
    actor: { id: input.actor.id, email: input.actor.email },
    action: 'account.created',
    target: { type: 'user', id: user.id },
    organizationId,
    clientAddress: input.clientAddress,
    details: { email: user.email, name: user.name, role: user.role },
  });
  await queueAccountEmail(tx, {
    to: user.email,
    name: user.name,
    subject: 'Votre compte Guichet',
    paragraphs: [...initialPasswordParagraphs(input.initialPassword, 'created'), `Identifiant : ${user.email}`],
    link: { label: 'Se connecter à Guichet', path: '/connexion' },
    at: now,
  });
  return user;
}

function emailTaken(): ServiceError {
  return new ServiceError('invalid', 'Certains champs sont à corriger.', { email: 'Un compte existe déjà avec cette adresse e-mail.' });
}
