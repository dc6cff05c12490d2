'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ChoiceGroupField } from '@/components/ui/choice-group-field';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';
import { phoneCallSchema } from '@/lib/validation/tickets';

interface PhoneCallFormProps {
  organization: { id: string; name: string; modules: string[] };
  requesters: Array<{ id: string; name: string; email: string; phone: string | null }>;
  action: FormAction;
  /** "Appel reçu à": now and a week ago on the technician's clocks (`datetime-local` values), and their zone's name. */
  receivedAt: { now: string; oldest: string; zoneName: string };
}

/**
 * What the caller says, written down by the technician (§12, §16): the same content as a portal
 * Demande, answered by call-back unless the caller prefers an electronic answer.
 */
export function PhoneCallForm({ organization, requesters, action, receivedAt }: PhoneCallFormProps) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: phoneCallSchema });
  const [reply, setReply] = useState<'callback' | 'electronic'>('callback');
  const [phone, setPhone] = useState('');
  const [phoneEdited, setPhoneEdited] = useState(false);

  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Enregistrer un appel">
      <input type="hidden" name="organizationId" value={organization.id} />
      <FormStatus state={state} errors={errors} />
      {errors.organizationId && <p className="text-sm font-medium text-red-700">{errors.organizationId}</p>}
      <Field
        label="Appel reçu à"
        name="receivedAt"
        type="datetime-local"
        defaultValue={receivedAt.now}
        min={receivedAt.oldest}
        max={receivedAt.now}
        hint={`${receivedAt.zoneName.charAt(0).toUpperCase()}${receivedAt.zoneName.slice(1)}. Les délais partent de l’appel, pas de sa saisie : jamais dans le futur, ni plus de 7 jours avant.`}
        error={errors.receivedAt}
        className="max-w-xs"
      />
      <SelectField
        label="Demandeur"
        name="requesterId"
        required
        defaultValue=""
        placeholder="Choisir la personne qui appelle…"
        options={requesters.map((requester) => ({ value: requester.id, label: `${requester.name} (${requester.email})` }))}
        error={errors.requesterId}
        onChange={(event) => {
          const known = requesters.find((requester) => requester.id === event.currentTarget.value)?.phone;
          if (!phoneEdited) setPhone(known ?? '');
        }}
      />
      <SelectField
        label="Module concerné"
        name="module"
        required
        defaultValue=""
        placeholder="Choisir un module du contrat…"
        options={organization.modules.map((module) => ({ value: module, label: module }))}
        error={errors.module}
      />
      <Field label="Objet" name="subject" required maxLength={200} error={errors.subject} />
      <TextAreaField
        label="Contexte"
        name="context"
        required
        rows={5}
        hint="Ce que la personne faisait, ce qui s’est passé, depuis quand."
        error={errors.context}
      />
      <TextAreaField
        label="Message d’erreur"
        name="errorMessage"
        rows={2}
        hint="Le message affiché, mot pour mot, s’il y en a un."
        error={errors.errorMessage}
      />
      <Field label="Enchaînement des menus" name="menuPath" hint="Par exemple : Actes > Naissance > Éditer." error={errors.menuPath} />
      <ChoiceGroupField
        type="radio"
        legend="Mode de réponse souhaité"
        name="replyPreference"
        choices={[
          { value: 'callback', label: 'Rappel téléphonique' },
          { value: 'electronic', label: 'Réponse électronique (portail et courriel)' },
        ]}
        value={reply}
        onChange={(value) => setReply(value === 'electronic' ? 'electronic' : 'callback')}
        error={errors.replyPreference}
      />
      {reply === 'callback' && (
        <Field
          label="Téléphone de rappel"
          name="callbackPhone"
          type="tel"
          autoComplete="off"
          required
          hint="Par exemple : 01 23 45 67 89."
          value={phone}
          onChange={(event) => {
            setPhone(event.currentTarget.value);
            setPhoneEdited(true);
          }}
          error={errors.callbackPhone}
        />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Enregistrement…' : 'Enregistrer la demande'}
        </Button>
      </div>
    </form>
  );
}
