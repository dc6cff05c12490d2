import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { SIGN_IN_NOTICES } from '@/lib/auth/access';
import { homePath } from '@/lib/auth/roles';
import { currentAccess, redirectPathOf } from '@/lib/auth/session';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Connexion' };

const NOTICES: Record<string, string> = {
  ...SIGN_IN_NOTICES,
  'mot-de-passe-reinitialise': 'Votre mot de passe a été changé. Connectez-vous avec le nouveau.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ motif?: string }> }) {
  const decision = await currentAccess();
  if (decision.kind === 'allow') redirect(homePath(decision.account.role));
  // Signed in but with a step to go through first (§11: initial password; required two-factor).
  if (decision.kind === 'must-change-password' || decision.kind === 'totp-enrolment-required') redirect(redirectPathOf(decision));
  const { motif } = await searchParams;
  const notice = motif && Object.hasOwn(NOTICES, motif) ? NOTICES[motif] : undefined;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Connexion</h1>
      {notice && <Alert tone="info">{notice}</Alert>}
      <SignInForm />
    </>
  );
}
