'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { IDLE, type FormAction } from '@/lib/forms/action-state';

/** Managers can require two-factor sign-in of all staff. */
export function StaffTotpForm({ required, action }: { required: boolean; action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-semibold">Double authentification des comptes du support</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="required" value="on" defaultChecked={required} /> Exigée pour tout le support
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="required" value="off" defaultChecked={!required} /> Facultative
        </label>
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          Enregistrer
        </Button>
      </div>
    </form>
  );
}
