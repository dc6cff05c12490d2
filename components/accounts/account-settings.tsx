import Link from 'next/link';
import { isStaff } from '@/lib/accounts/roles';
import type { CurrentUser } from '@/lib/auth/session';
import type { FormAction } from '@/lib/forms/action-state';
import { DisableTotpForm } from './disable-totp-form';
import { PasswordChangeForm } from './password-change-form';
import { ProfileForm } from './profile-form';

/** "Mon compte", the same in both areas: profile, password, two-factor sign-in. */
/** The account's own actions, handed down by the page. */
export interface AccountActions {
  updateProfile: FormAction;
  changePassword: FormAction;
  disableTotp: FormAction;
}

export function AccountSettings({ user, recoveryCodesLeft, actions }: { user: CurrentUser; recoveryCodesLeft: number; actions: AccountActions }) {
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-bold">Mon compte</h1>
      <section aria-labelledby="profil" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="profil" className="mb-4 text-lg font-semibold">
          Profil
        </h2>
        <ProfileForm action={actions.updateProfile} name={user.name} phone={user.phone} email={user.email} />
      </section>
      <section aria-labelledby="mot-de-passe" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="mot-de-passe" className="mb-4 text-lg font-semibold">
          Mot de passe
        </h2>
        <PasswordChangeForm action={actions.changePassword} email={user.email} staff={isStaff(user.role)} />
      </section>
      <section aria-labelledby="double-authentification" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="double-authentification" className="mb-4 text-lg font-semibold">
          Double authentification
        </h2>
        {user.totpEnabled ? (
          <div className="flex flex-col gap-4">
            <p>Activée : un code de votre application est demandé après le mot de passe. Codes de secours restants : {recoveryCodesLeft}.</p>
            <DisableTotpForm action={actions.disableTotp} />
          </div>
        ) : (
          <div className="flex flex-col gap-2">
            <p>Après le mot de passe, un code à 6 chiffres de votre téléphone sera demandé : un mot de passe volé ne suffit plus.</p>
            <p>
              <Link href="/compte/double-authentification" className="font-semibold text-brand-800 underline">
                Activer la double authentification
              </Link>
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
