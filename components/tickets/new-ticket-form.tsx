'use client';

import { useEffect, useState } from 'react';
import { AttachmentPicker, appendPickedFiles, type PickedFile } from '@/components/tickets/attachment-picker';
import { FaqSuggestions } from '@/components/tickets/faq-suggestions';
import { FaqSearchFollowUpField } from '@/components/reports/faq-search-follow-up-field';
import { Button } from '@/components/ui/button';
import { ChoiceGroupField } from '@/components/ui/choice-group-field';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';
import { newTicketSchema } from '@/lib/validation/tickets';

interface Draft {
  subject: string;
  module: string;
  context: string;
  errorMessage: string;
  menuPath: string;
  replyPreference: 'electronic' | 'callback';
  callbackPhone: string;
}

const EMPTY: Draft = { subject: '', module: '', context: '', errorMessage: '', menuPath: '', replyPreference: 'electronic', callbackPhone: '' };

export function draftKey(userId: string): string {
  return `guichet:brouillon-demande:${userId}`;
}

/** §13: the client describes the context, the error, the menus, attaches files and chooses how to be answered. */
interface NewTicketFormProps {
  action: FormAction;
  modules: string[];
  userId: string;
  defaultPhone: string;
}

export function NewTicketForm({ action, modules, userId, defaultPhone }: NewTicketFormProps) {
  const [draft, setDraft] = useState<Draft>({ ...EMPTY, callbackPhone: defaultPhone });
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [restored, setRestored] = useState(false);
  const { state, pending, errors, formProps } = useActionForm(action, { schema: newTicketSchema, prepare: (data) => appendPickedFiles(data, files) });

  // A draft survives a reload (the files cannot: browsers do not let a page keep them).
  useEffect(() => {
    const saved = window.localStorage.getItem(draftKey(userId));
    if (saved) {
      try {
        // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring from localStorage, which only exists after mount.
        setDraft((current) => ({ ...current, ...(JSON.parse(saved) as Partial<Draft>) }));
      } catch {
        window.localStorage.removeItem(draftKey(userId));
      }
    }
    setRestored(true);
  }, [userId]);

  useEffect(() => {
    if (restored) window.localStorage.setItem(draftKey(userId), JSON.stringify(draft));
  }, [draft, restored, userId]);

  function set<K extends keyof Draft>(key: K) {
    return (event: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: event.currentTarget.value });
  }

  return (
    <form {...formProps} className="flex flex-col gap-5" aria-label="Nouvelle demande">
      <FormStatus state={state} errors={errors} />
      <FaqSearchFollowUpField />
      <Field label="Objet" name="subject" value={draft.subject} onChange={set('subject')} error={errors.subject} required maxLength={200} />
      <FaqSuggestions query={draft.subject} />
      <SelectField
        label="Module concerné"
        name="module"
        value={draft.module}
        onChange={set('module')}
        placeholder="Choisir le module…"
        options={modules.map((module) => ({ value: module, label: module }))}
        error={errors.module}
        required
      />
      <TextAreaField
        label="Contexte"
        name="context"
        hint="Ce que vous faisiez, depuis quand, pour quels usagers ou actes."
        value={draft.context}
        onChange={set('context')}
        error={errors.context}
        rows={6}
        required
      />
      <TextAreaField
        label="Message d’erreur"
        name="errorMessage"
        hint="Recopiez-le tel qu’il s’affiche, s’il y en a un."
        value={draft.errorMessage}
        onChange={set('errorMessage')}
        error={errors.errorMessage}
        rows={3}
      />
      <Field
        label="Enchaînement des menus"
        name="menuPath"
        hint="Par exemple : Actes > Naissance > Éditer"
        value={draft.menuPath}
        onChange={set('menuPath')}
        error={errors.menuPath}
      />
      <AttachmentPicker label="Pièces jointes" files={files} onChange={setFiles} error={errors.attachments} />
      <ChoiceGroupField
        type="radio"
        legend="Mode de réponse souhaité"
        name="replyPreference"
        choices={[
          { value: 'electronic', label: 'Électronique' },
          { value: 'callback', label: 'Rappel téléphonique' },
        ]}
        value={draft.replyPreference}
        onChange={(value) => setDraft({ ...draft, replyPreference: value === 'callback' ? 'callback' : 'electronic' })}
        error={errors.replyPreference}
      />
      {draft.replyPreference === 'callback' && (
        <Field
          label="Téléphone"
          name="callbackPhone"
          type="tel"
          autoComplete="tel"
          value={draft.callbackPhone}
          onChange={set('callbackPhone')}
          error={errors.callbackPhone}
          required
        />
      )}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Envoi…' : 'Envoyer la demande'}
        </Button>
      </div>
    </form>
  );
}
