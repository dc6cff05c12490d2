'use client';

import { Button } from '@/components/ui/button';
import { ChoiceGroupField } from '@/components/ui/choice-group-field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';
import { emailPreferenceSchema } from '@/lib/validation/notifications';

interface NotificationSettingsProps {
  emailEnabled: boolean;
  unread: number;
  markAllReadAction: FormAction;
  emailPreferenceAction: FormAction;
}

export function NotificationSettings({ emailEnabled, unread, markAllReadAction, emailPreferenceAction }: NotificationSettingsProps) {
  const markAll = useActionForm(markAllReadAction);
  const preference = useActionForm(emailPreferenceAction, { schema: emailPreferenceSchema });
  return (
    <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <form {...markAll.formProps} className="flex flex-col gap-2">
        <FormStatus state={markAll.state} errors={markAll.errors} />
        <div>
          <Button type="submit" variant="secondary" disabled={markAll.pending || unread === 0}>
            Tout marquer comme lu
          </Button>
        </div>
      </form>
      <form {...preference.formProps} className="flex flex-col gap-2">
        <FormStatus state={preference.state} errors={preference.errors} />
        <ChoiceGroupField
          type="radio"
          legend="Recevoir aussi les notifications par courriel"
          name="emailEnabled"
          choices={[
            { value: 'on', label: 'Oui' },
            { value: 'off', label: 'Non, seulement dans le portail' },
          ]}
          defaultValue={emailEnabled ? 'on' : 'off'}
          error={preference.errors.emailEnabled}
        />
        <div>
          <Button type="submit" disabled={preference.pending}>
            Enregistrer la préférence
          </Button>
        </div>
      </form>
    </div>
  );
}
