'use client';

import { useId, useRef, useState } from 'react';
import { Field } from '@/components/ui/field';
import { minLength, type StrengthEstimate } from '@/lib/accounts/password-policy';
import { PasswordStrengthMeter } from './password-strength-meter';

interface NewPasswordFieldsProps {
  email: string;
  staff: boolean;
  errors: Readonly<Record<string, string>>;
}

/** The new password with its rules and strength meter, and its confirmation. */
export function NewPasswordFields({ email, staff, errors }: NewPasswordFieldsProps) {
  const meterId = useId();
  const [estimate, setEstimate] = useState<StrengthEstimate | null>(null);
  const latest = useRef('');

  async function onInput(password: string) {
    latest.current = password;
    if (!password) return setEstimate(null);
    // The dictionaries load on the first keystroke, not with the page.
    const { estimatePasswordStrength } = await import('@/lib/accounts/password-strength');
    if (latest.current === password) setEstimate(estimatePasswordStrength(password, [email, 'guichet']));
  }

  return (
    <>
      <div className="flex flex-col gap-2">
        <Field
          label="Nouveau mot de passe"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          hint={`Au moins ${minLength(staff)} caractères, sans votre adresse e-mail ni mot de passe courant. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.`}
          error={errors.newPassword}
          onChange={(event) => void onInput(event.currentTarget.value)}
        />
        <PasswordStrengthMeter estimate={estimate} id={meterId} />
      </div>
      <Field
        label="Confirmation du nouveau mot de passe"
        name="confirmation"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmation}
      />
    </>
  );
}
