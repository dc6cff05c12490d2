'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { IDLE, type FormAction } from '@/lib/forms/action-state';

interface NotificationSettingsProps {
  emailEnabled: boolean;
  unread: number;
  markAllReadAction: FormAction;
  emailPreferenceAction: FormAction;
}

export function NotificationSettings({ emailEnabled, unread, markAllReadAction, emailPreferenceAction }: NotificationSettingsProps) {
  const [readState, markAll, marking] = useActionState(markAllReadAction, IDLE);
  const [emailState, savePreference, saving] = useActionState(emailPreferenceAction, IDLE);
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <form action={markAll} className="flex flex-col gap-2">
        <FormStatus state={readState} />
        <div>
          <Button type="submit" variant="secondary" disabled={marking || unread === 0}>
            Tout marquer comme lu
          </Button>
        </div>
      </form>
      <form action={savePreference} className="flex flex-col gap-2">
        <FormStatus state={emailState} />
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-semibold">Recevoir aussi les notifications par courriel</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="emailEnabled" value="on" defaultChecked={emailEnabled} /> Oui
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="emailEnabled" value="off" defaultChecked={!emailEnabled} /> Non, seulement dans le portail
          </label>
        </fieldset>
        <div>
          <Button type="submit" disabled={saving}>
            Enregistrer la préférence
          </Button>
        </div>
      </form>
    </div>
  );
}
