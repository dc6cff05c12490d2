import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { SIGN_IN_NOTICES } from '@/lib/auth/access';
import { homePath } from '@/lib/accounts/roles';
import { currentAccess, redirectPathOf } from '@/lib/auth/session';
import { signInSearch, type SignInReason } from '@/lib/search-params/sign-in';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Connexion' };

const NOTICES: Record<SignInReason, string> = {
  ...SIGN_IN_NOTICES,
  'mot-de-passe-reinitialise': 'Votre mot de passe a été changé. Connectez-vous avec le nouveau.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const decision = await currentAccess();
  if (decision.kind === 'allow') redirect(homePath(decision.account.role));
  // Signed in but with a step to go through first (§11: initial password; required two-factor).
  if (decision.kind === 'must-change-password' || decision.kind === 'totp-enrolment-required') redirect(redirectPathOf(decision));
  const { reason } = signInSearch.parse(await searchParams);
  const notice = reason ? NOTICES[reason] : undefined;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Connexion</h1>
      {notice && <Alert tone="info">{notice}</Alert>}
      <SignInForm />
    </>
  );
}
