'use client';

import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionState } from '@/lib/forms/action-state';
import { FIELDS_TO_CORRECT, fieldErrorsOf } from '@/lib/forms/field-errors';
import { formDataToObject } from '@/lib/forms/form-data';
import { signInSchema } from '@/lib/validation/auth';

// One message for a wrong password, an unknown email and a deactivated account alike.
const INVALID = 'Adresse e-mail ou mot de passe incorrect.';

/** Signing in goes through next-auth, not a server action; the form behaves as every other one. */
export function SignInForm() {
  const router = useRouter();
  // Shown once the password was right for an account with two-factor sign-in.
  const [askCode, setAskCode] = useState(false);

  async function signInAction(_previous: ActionState, data: FormData): Promise<ActionState> {
    const parsed = signInSchema.safeParse(formDataToObject(data));
    if (!parsed.success) return { status: 'error', message: FIELDS_TO_CORRECT, fieldErrors: fieldErrorsOf(parsed.error.issues) };
    // next-auth posts every option as a string: an absent code would arrive as "undefined".
    const { code, ...credentials } = parsed.data;
    const result = await signIn('credentials', { ...credentials, ...(code ? { code } : {}), redirect: false }).catch(() => undefined);
    if (result?.ok && !result.error) {
      // The sign-in page, rendered again now that a session exists, sends each role to its own area.
      router.refresh();
      return { status: 'success' };
    }
    if (result?.error === 'totp-required') {
      setAskCode(true);
      return { status: 'idle' };
    }
    if (result?.error === 'totp-invalid') {
      return {
        status: 'error',
        message: FIELDS_TO_CORRECT,
        fieldErrors: { code: 'Code incorrect ou expiré. Saisissez le code affiché maintenant par votre application, ou un code de secours.' },
      };
    }
    return {
      status: 'error',
      message: result ? messageFor(result.error) : 'Le portail ne répond pas. Vérifiez votre connexion et réessayez.',
      fieldErrors: {},
    };
  }

  const { state, pending, errors, formProps } = useActionForm(signInAction, { schema: signInSchema });
  // A session is being opened: the button stays busy until the page moves on.
  const busy = pending || state.status === 'success';
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Connexion">
      <FormStatus state={state} errors={errors} />
      <Field label="Adresse e-mail" name="email" type="email" autoComplete="username" required error={errors.email} />
      <Field label="Mot de passe" name="password" type="password" autoComplete="current-password" required error={errors.password} />
      {askCode && (
        <Field
          label="Code de vérification"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          required
          hint="Les 6 chiffres affichés par votre application d’authentification, ou l’un de vos codes de secours."
          error={errors.code}
        />
      )}
      <Button type="submit" disabled={busy}>
        {busy ? 'Connexion…' : 'Se connecter'}
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
