'use client';

import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { IDLE, type FormAction } from '@/lib/forms/action-state';

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
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [reply, setReply] = useState<'callback' | 'electronic'>('callback');
  const [phone, setPhone] = useState('');
  const [phoneEdited, setPhoneEdited] = useState(false);
  const errors = state.status === 'error' ? state.fieldErrors : {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Submitted by hand so that React does not reset the fields when the server refuses them.
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="organizationId" value={organization.id} />
      <FormStatus state={state} />
      {errors.organizationId && <p className="text-sm font-medium text-red-700">{errors.organizationId}</p>}
      <Field
        label="Appel reçu à"
        name="receivedAt"
        type="datetime-local"
        required
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
      <TextAreaField label="Message d’erreur" name="errorMessage" rows={2} hint="Facultatif : le message affiché, mot pour mot." error={errors.errorMessage} />
      <Field label="Enchaînement des menus" name="menuPath" hint="Facultatif. Par exemple : Actes > Naissance > Éditer." error={errors.menuPath} />
      <fieldset className="flex flex-col gap-1" aria-describedby={errors.replyPreference ? 'reply-error' : undefined}>
        <legend className="text-sm font-semibold text-slate-800">Mode de réponse souhaité</legend>
        {(
          [
            ['callback', 'Rappel téléphonique'],
            ['electronic', 'Réponse électronique (portail et courriel)'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="replyPreference" value={value} checked={reply === value} onChange={() => setReply(value)} className="accent-brand-800" />
            {label}
          </label>
        ))}
        {errors.replyPreference && (
          <p id="reply-error" className="text-sm font-medium text-red-700">
            {errors.replyPreference}
          </p>
        )}
      </fieldset>
      {reply === 'callback' && (
        <Field
          label="Téléphone de rappel"
          name="callbackPhone"
          type="tel"
          autoComplete="off"
          required
          hint="Obligatoire pour un rappel. Par exemple : 01 23 45 67 89."
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
