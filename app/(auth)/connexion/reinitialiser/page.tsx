import type { Metadata } from 'next';
import { resetPasswordAction } from '@/app/(auth)/connexion/actions';
import Link from 'next/link';
import { ResetPasswordForm } from '@/components/accounts/reset-password-form';
import { Alert } from '@/components/ui/alert';
import { passwordResetSearch } from '@/lib/search-params/sign-in';
import { getDb } from '@/lib/server/db';
import { isResetTokenUsable } from '@/lib/server/accounts/reset-password-with-token';

export const metadata: Metadata = { title: 'Nouveau mot de passe', referrer: 'no-referrer' };

/** The page an emailed reset link opens (the token is checked again when the form is sent). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token: jeton } = passwordResetSearch.parse(await searchParams);
  const usable = jeton !== undefined && (await isResetTokenUsable(await getDb(), jeton));
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Nouveau mot de passe</h1>
      {usable ? (
        <ResetPasswordForm action={resetPasswordAction} token={jeton} />
      ) : (
        <>
          <Alert tone="error">Ce lien de réinitialisation n’est plus valable (déjà utilisé ou expiré).</Alert>
          <p className="mt-4 text-sm">
            <Link href="/connexion/mot-de-passe-oublie" className="text-brand-800 underline">
              Demander un nouveau lien
            </Link>
          </p>
        </>
      )}
    </>
  );
}
