import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { SIGN_IN_NOTICES } from '@/lib/auth/access';
import { homePath } from '@/lib/auth/roles';
import { optionalUser } from '@/lib/auth/session';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Connexion' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ motif?: string }> }) {
  const user = await optionalUser();
  if (user) redirect(homePath(user.role));
  const { motif } = await searchParams;
  const notice = motif === 'deactivated' || motif === 'session-revoked' ? SIGN_IN_NOTICES[motif] : undefined;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Connexion</h1>
      {notice && <Alert tone="info">{notice}</Alert>}
      <SignInForm />
    </>
  );
}
