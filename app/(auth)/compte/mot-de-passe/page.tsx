import type { Metadata } from 'next';
import { changePasswordAction } from '@/app/(auth)/compte/actions';
import Link from 'next/link';
import { PasswordChangeForm } from '@/components/accounts/password-change-form';
import { Alert } from '@/components/ui/alert';
import { homePath, isStaff } from '@/lib/accounts/roles';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Changer le mot de passe' };

/** The one page an account with an initial password may reach (§11); also open to everyone else. */
export default async function PasswordChangePage() {
  const user = await requireUser('password-change');
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Changer le mot de passe</h1>
      {user.mustChangePassword ? (
        <div className="mb-4">
          <Alert tone="info">Votre mot de passe est provisoire : choisissez-en un nouveau pour continuer.</Alert>
        </div>
      ) : (
        <p className="mb-4 text-sm">
          <Link href={homePath(user.role)} className="text-brand-800 underline">
            Retour à l’accueil
          </Link>
        </p>
      )}
      <PasswordChangeForm
        action={changePasswordAction}
        email={user.email}
        staff={isStaff(user.role)}
        submitLabel={user.mustChangePassword ? 'Enregistrer et continuer' : 'Changer le mot de passe'}
      />
    </>
  );
}
