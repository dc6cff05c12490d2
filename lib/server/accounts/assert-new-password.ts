import 'server-only';
import type { Role } from '@/lib/accounts/roles';
import { checkPassword, passwordProblemMessage } from '@/lib/accounts/password-policy';
import { estimatePasswordStrength } from '@/lib/accounts/password-strength';
import { verifyPassword } from '@/lib/auth/password';
import { isStaff } from '@/lib/accounts/roles';
import { ServiceError } from '@/lib/server/service-error';

/** Refuses a new password that breaks the rules (lib/accounts/password-policy.ts), on the field `newPassword`. */
export async function assertNewPassword(account: { email: string; name: string; role: Role; passwordHash: string }, password: string): Promise<void> {
  const staff = isStaff(account.role);
  const problems = checkPassword(password, {
    email: account.email,
    staff,
    strength: estimatePasswordStrength(password, [account.email, account.name, 'guichet']),
    sameAsCurrent: await verifyPassword(account.passwordHash, password),
  });
  const [first] = problems;
  if (first) {
    throw new ServiceError('invalid', 'Ce mot de passe ne convient pas.', { newPassword: passwordProblemMessage(first, staff) });
  }
}
