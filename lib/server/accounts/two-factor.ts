import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { recoveryCodes, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { verifyPassword } from '@/lib/auth/password';
import { hashRecoveryCode, isValidTotpCode, newRecoveryCodes, newTotpSecret, totpUri } from '@/lib/auth/totp';
import { decryptTotpSecret, encryptTotpSecret } from '@/lib/auth/totp-secret';
import { isStaff } from '@/lib/accounts/roles';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { getSupportSettingsFlags } from '@/lib/server/accounts/staff-totp-required';
import { ServiceError } from '@/lib/server/service-error';
import { totpKey } from './totp-key';

/**
 * The enrolment's pending secret: created on first visit (kept encrypted, not yet enabled), the
 * same one shown again until a code confirms it. Null once two-factor sign-in is enabled.
 */
export async function getTotpEnrolment(db: Database, userId: string): Promise<{ secret: string; uri: string } | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new ServiceError('not_found', 'Compte introuvable.');
  if (user.totpEnabledAt) return null;
  let secret = user.totpSecret ? decryptTotpSecret(user.totpSecret, totpKey()) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db
      .update(users)
      .set({ totpSecret: encryptTotpSecret(secret, totpKey()) })
      .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)));
  }
  return { secret, uri: totpUri(secret, user.email) };
}

/** Enables two-factor sign-in when the code matches the pending secret; returns the 10 recovery codes, shown once. */
export async function confirmTotp(
  db: Database,
  input: { userId: string; code: string; clientAddress?: string; now?: Date },
): Promise<{ recoveryCodes: string[] }> {
  const now = input.now ?? new Date();
  const codes = newRecoveryCodes();
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!user) throw new ServiceError('not_found', 'Compte introuvable.');
    if (user.totpEnabledAt) throw new ServiceError('conflict', 'La double authentification est déjà activée.');
    if (!user.totpSecret || !(await isValidTotpCode(decryptTotpSecret(user.totpSecret, totpKey()), input.code, now))) {
      throw new ServiceError('invalid', 'Code incorrect.', { code: 'Code incorrect ou expiré : saisissez le code affiché maintenant par votre application.' });
    }
    await tx.update(users).set({ totpEnabledAt: now }).where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(code), createdAt: now })));
    await recordAudit(tx, {
      at: now,
      actor: { id: user.id, email: user.email },
      action: 'totp.enabled',
      target: { type: 'user', id: user.id },
      organizationId: user.organizationId,
      clientAddress: input.clientAddress,
    });
    return { recoveryCodes: codes };
  });
}

/** Turns two-factor sign-in off (the password is asked again); refused to staff when managers require it. */
export async function disableTotp(db: Database, input: { userId: string; currentPassword: string; clientAddress?: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user) throw new ServiceError('not_found', 'Compte introuvable.');
  if (isStaff(user.role) && (await getSupportSettingsFlags(db)).requireStaffTotp) {
    throw new ServiceError('forbidden', 'Les responsables du support exigent la double authentification de chaque compte du support.');
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ServiceError('invalid', 'Certains champs sont à corriger.', { currentPassword: 'Mot de passe actuel incorrect.' });
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: null, totpEnabledAt: null }).where(eq(users.id, user.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    await recordAudit(tx, {
      at: now,
      actor: { id: user.id, email: user.email },
      action: 'totp.disabled',
      target: { type: 'user', id: user.id },
      organizationId: user.organizationId,
      clientAddress: input.clientAddress,
    });
  });
}

/** How many unused recovery codes remain, for the account page. */
export async function countUnusedRecoveryCodes(db: Database, userId: string): Promise<number> {
  const rows = await db
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}
