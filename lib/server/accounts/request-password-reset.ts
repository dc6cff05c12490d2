import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, sql } from 'drizzle-orm';
import { passwordResetTokens, users } from '@/db/schema';
import type { Database } from '@/db/client';
import { isBlocked } from '@/lib/auth/throttle-policy';
import { passwordResetSearch } from '@/lib/search-params/sign-in';
import { recordAudit } from '@/lib/server/audit/record-audit';
import { readThrottle, recordFailure } from '@/lib/server/auth/verify-credentials';
import { queueAccountEmail } from './account-emails';

export const RESET_TOKEN_MINUTES = 30;
/** At most this many links per account per quarter of an hour. */
export const RESET_REQUESTS_PER_WINDOW = 3;
const WINDOW_MS = 15 * 60_000;

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * "Mot de passe oublié": emails a single-use link valid 30 minutes to an active account. The
 * caller answers the same whether the account exists or not; requests are limited per address
 * (the sign-in throttle's rule, on a key of their own) and per account (3 per 15 minutes).
 * Returns the token for tests only; the page never shows it.
 */
export async function requestPasswordReset(db: Database, input: { email: string; clientAddress: string; now?: Date }): Promise<{ token: string } | null> {
  const now = input.now ?? new Date();
  const email = input.email.trim().toLowerCase();
  const addressKey = { scope: 'ip' as const, key: `reinitialisation:${input.clientAddress}` };
  if (isBlocked(await readThrottle(db, addressKey), now)) return null;
  // Every request counts against the address, whether the account exists or not.
  await db.transaction((tx) => recordFailure(tx, addressKey, now));

  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email), eq(users.active, true)));
  if (!user) return null;

  const token = randomBytes(32).toString('base64url');
  return db.transaction(async (tx) => {
    // Serializes the requests of one account, so the per-account limit holds under concurrency.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
    const [recent] = await tx
      .select({ value: count() })
      .from(passwordResetTokens)
      .where(and(eq(passwordResetTokens.userId, user.id), gt(passwordResetTokens.createdAt, new Date(now.getTime() - WINDOW_MS))));
    if ((recent?.value ?? 0) >= RESET_REQUESTS_PER_WINDOW) return null;
    await tx.insert(passwordResetTokens).values({
      userId: user.id,
      tokenHash: hashResetToken(token),
      expiresAt: new Date(now.getTime() + RESET_TOKEN_MINUTES * 60_000),
      createdAt: now,
    });
    await recordAudit(tx, {
      at: now,
      actor: { id: user.id, email: user.email },
      action: 'password.reset-requested',
      target: { type: 'user', id: user.id },
      organizationId: user.organizationId,
      clientAddress: input.clientAddress,
    });
    await queueAccountEmail(tx, {
      to: user.email,
      name: user.name,
      subject: 'Réinitialisation de votre mot de passe Guichet',
      paragraphs: [
        'Vous avez demandé à réinitialiser le mot de passe de votre compte Guichet.',
        `Ce lien est valable ${RESET_TOKEN_MINUTES} minutes et ne sert qu’une fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.`,
      ],
      link: { label: 'Choisir un nouveau mot de passe', path: passwordResetSearch.href('/connexion/reinitialiser', { token }) },
      at: now,
    });
    return { token };
  });
}
