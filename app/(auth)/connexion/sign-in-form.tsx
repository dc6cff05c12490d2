'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { signInSchema } from '@/lib/validation/auth';

type FieldErrors = Partial<Record<'email' | 'password' | 'code', string>>;

// One message for a wrong password, an unknown email and a deactivated account alike.
const INVALID = 'Adresse e-mail ou mot de passe incorrect.';

export function SignInForm() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string>();
  // Shown once the password was right for an account with two-factor sign-in.
  const [askCode, setAskCode] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: data.get('email'), password: data.get('password'), code: data.get('code') ?? undefined });
    if (!parsed.success) {
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'email' || field === 'password') && !errors[field]) errors[field] = issue.message;
      }
      setFieldErrors(errors);
      setError(undefined);
      return;
    }
    setFieldErrors({});
    setError(undefined);
    setPending(true);
    // next-auth posts every option as a string: an absent code would arrive as "undefined".
    const { code, ...credentials } = parsed.data;
    const result = await signIn('credentials', { ...credentials, ...(code ? { code } : {}), redirect: false }).catch(() => undefined);
    if (result?.ok && !result.error) {
      // The sign-in page, rendered again now that a session exists, sends each role to its own area.
      router.refresh();
      return;
    }
    setPending(false);
    if (result?.error === 'totp-required') {
      setAskCode(true);
      return;
    }
    if (result?.error === 'totp-invalid') {
      setFieldErrors({ code: 'Code incorrect ou expiré. Saisissez le code affiché maintenant par votre application, ou un code de secours.' });
      return;
    }
    setError(result ? messageFor(result.error) : 'Le portail ne répond pas. Vérifiez votre connexion et réessayez.');
  }

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-4">
      {error && <Alert tone="error">{error}</Alert>}
      <Field label="Adresse e-mail" name="email" type="email" autoComplete="username" required error={fieldErrors.email} />
      <Field label="Mot de passe" name="password" type="password" autoComplete="current-password" required error={fieldErrors.password} />
      {askCode && (
        <Field
          label="Code de vérification"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          hint="Les 6 chiffres affichés par votre application d’authentification, ou l’un de vos codes de secours."
          error={fieldErrors.code}
        />
      )}
      <Button type="submit" disabled={pending}>
        {pending ? 'Connexion…' : 'Se connecter'}
      </Button>
      <Link href="/connexion/mot-de-passe-oublie" className="text-sm text-brand-800 underline">
        Mot de passe oublié ?
      </Link>
    </form>
  );
}

function messageFor(code: string | null | undefined): string {
  const throttled = code?.match(/^throttled:(\d+)$/);
  if (throttled) {
    return `Trop de tentatives de connexion infructueuses. Réessayez dans ${throttled[1]} minute${Number(throttled[1]) > 1 ? 's' : ''}.`;
  }
  if (code === 'CredentialsSignin') return INVALID;
  return 'La connexion a échoué. Réessayez dans un instant.';
}
