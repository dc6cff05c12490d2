import type { Metadata } from 'next';
import { forgotPasswordAction } from '@/app/(auth)/connexion/actions';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/accounts/forgot-password-form';

export const metadata: Metadata = { title: 'Mot de passe oublié' };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Mot de passe oublié</h1>
      <p className="mb-4 text-sm text-slate-700">Saisissez l’adresse e-mail de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.</p>
      <ForgotPasswordForm action={forgotPasswordAction} />
      <p className="mt-4 text-sm">
        <Link href="/connexion" className="text-brand-800 underline">
          Retour à la connexion
        </Link>
      </p>
    </>
  );
}
