'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';

/** A one-click action on a Demande, asking for confirmation first when `confirm` is given. */
export function ConfirmActionButton({
  action,
  hidden,
  label,
  confirm,
  variant = 'secondary',
}: {
  action: FormAction;
  hidden: Record<string, string>;
  label: string;
  confirm?: string;
  variant?: 'primary' | 'secondary';
}) {
  const { state, pending, errors, formProps } = useActionForm(action);
  const [asking, setAsking] = useState(false);
  return (
    <form {...formProps} className="flex flex-col gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormStatus state={state} errors={errors} />
      {confirm && !asking ? (
        <Button variant={variant} onClick={() => setAsking(true)}>
          {label}
        </Button>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          {confirm && <span className="text-sm font-medium">{confirm}</span>}
          <Button type="submit" variant={confirm ? 'primary' : variant} disabled={pending}>
            {confirm ? 'Confirmer' : label}
          </Button>
          {confirm && (
            <Button variant="ghost" onClick={() => setAsking(false)}>
              Ne rien faire
            </Button>
          )}
        </div>
      )}
    </form>
  );
}
