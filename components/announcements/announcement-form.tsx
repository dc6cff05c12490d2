'use client';

import Link from 'next/link';
import { useState } from 'react';
import { AnnouncementBody } from '@/components/announcements/announcement-body';
import { AttachmentPicker, appendPickedFiles, type PickedFile } from '@/components/tickets/attachment-picker';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useActionForm } from '@/components/ui/use-action-form';
import {
  ANNOUNCEMENT_KIND_LABELS,
  ANNOUNCEMENT_KINDS,
  KIND_FIELDS,
  START_LABELS,
  TRAINING_REQUIRED_LABEL,
  isAnnouncementKind,
  type AnnouncementKind,
} from '@/lib/announcements/kinds';
import type { FormAction } from '@/lib/forms/action-state';
import { announcementFormSchema, SHORT_NOTICE_MESSAGE } from '@/lib/validation/announcements';

export interface AnnouncementDraft {
  kind: AnnouncementKind;
  title: string;
  version: string;
  module: string;
  /** `datetime-local` values, Paris time. */
  startsAt: string;
  endsAt: string;
  body: string;
  /** §10.2: a release that changes how people work calls for training. */
  trainingRequired: boolean;
}

export const EMPTY_ANNOUNCEMENT: AnnouncementDraft = {
  kind: 'release',
  title: '',
  version: '',
  module: '',
  startsAt: '',
  endsAt: '',
  body: '',
  trainingRequired: false,
};

interface AnnouncementFormProps {
  /** Publishes a new announcement, or corrects `existing`. */
  action: FormAction;
  modules: string[];
  initial?: AnnouncementDraft;
  /** Editing: the announcement, and the files already published with it. */
  existing?: { id: string; files: Array<{ id: string; fileName: string }> };
}

const TIME_HINT = 'Heure de Paris (centre de support) : chaque collectivité la lit dans son propre fuseau.';

const START_HINTS: Partial<Record<AnnouncementKind, string>> = {
  release: `Annoncée avant la mise en service (§10.2) : une date passée est refusée. ${TIME_HINT}`,
  planned_maintenance: `Au moins 48 heures après la publication, sinon c’est une maintenance urgente (§5). ${TIME_HINT}`,
  emergency_maintenance: `Elle peut intervenir à tout moment (§5). ${TIME_HINT}`,
};

/** Writes or corrects an announcement (§5, §10.2, §12); the server decides, the form explains. */
export function AnnouncementForm({ action, modules, initial = EMPTY_ANNOUNCEMENT, existing }: AnnouncementFormProps) {
  const [draft, setDraft] = useState<AnnouncementDraft>(initial);
  const [files, setFiles] = useState<PickedFile[]>([]);
  const { state, pending, errors, formRef, formProps, send } = useActionForm(action, {
    schema: announcementFormSchema,
    prepare: (data) => appendPickedFiles(data, files),
  });
  const use = KIND_FIELDS[draft.kind];
  // §5: too late for a planned maintenance; the same window may be recorded as emergency maintenance.
  const offerEmergency = state.status === 'error' && state.message === SHORT_NOTICE_MESSAGE && draft.kind === 'planned_maintenance';

  function set<K extends keyof AnnouncementDraft>(key: K) {
    return (event: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: event.currentTarget.value });
  }

  function recordAsEmergency() {
    if (!formRef.current) return;
    setDraft({ ...draft, kind: 'emergency_maintenance' });
    const data = appendPickedFiles(new FormData(formRef.current), files);
    data.set('kind', 'emergency_maintenance');
    send(data);
  }

  const optional = (label: string, field: 'version' | 'startsAt' | 'endsAt') => (use[field] === 'optional' ? `${label} (facultatif)` : label);

  return (
    <form {...formProps} className="flex flex-col gap-5">
      {offerEmergency ? (
        <Alert tone="error">
          <p>{state.message}</p>
          <Button variant="secondary" className="mt-3" disabled={pending} onClick={recordAsEmergency}>
            Enregistrer comme maintenance urgente
          </Button>
        </Alert>
      ) : (
        <FormStatus state={state} errors={errors} />
      )}
      {existing && <input type="hidden" name="announcementId" value={existing.id} />}
      <SelectField
        label="Type d’annonce"
        name="kind"
        value={draft.kind}
        onChange={(event) => {
          const kind = event.currentTarget.value;
          if (isAnnouncementKind(kind)) setDraft({ ...draft, kind });
        }}
        options={ANNOUNCEMENT_KINDS.map((kind) => ({ value: kind, label: ANNOUNCEMENT_KIND_LABELS[kind] }))}
        error={errors.kind}
        required
      />
      <Field label="Titre" name="title" value={draft.title} onChange={set('title')} error={errors.title} required maxLength={200} />
      {use.version !== 'none' && (
        <Field
          label={optional('Version', 'version')}
          name="version"
          hint="Par exemple 5.2 ou 5.1.4."
          value={draft.version}
          onChange={set('version')}
          error={errors.version}
          required={use.version === 'required'}
          maxLength={50}
        />
      )}
      {use.startsAt !== 'none' && (
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            label={optional(START_LABELS[draft.kind], 'startsAt')}
            name="startsAt"
            type="datetime-local"
            hint={START_HINTS[draft.kind] ?? TIME_HINT}
            value={draft.startsAt}
            onChange={set('startsAt')}
            error={errors.startsAt}
            required={use.startsAt === 'required'}
          />
          {use.endsAt !== 'none' && (
            <Field
              label={optional('Fin', 'endsAt')}
              name="endsAt"
              type="datetime-local"
              hint={TIME_HINT}
              value={draft.endsAt}
              onChange={set('endsAt')}
              error={errors.endsAt}
              required={use.endsAt === 'required'}
            />
          )}
        </div>
      )}
      {draft.kind === 'release' && (
        <CheckboxField
          label={TRAINING_REQUIRED_LABEL}
          name="trainingRequired"
          checked={draft.trainingRequired}
          onChange={(event) => setDraft({ ...draft, trainingRequired: event.currentTarget.checked })}
          hint="Cette version change la façon de travailler : les collectivités en sont informées avant sa mise en service (§10.2)."
          error={errors.trainingRequired}
        />
      )}
      <SelectField
        label="Module concerné"
        name="module"
        hint="Une annonce d’un module n’est montrée qu’aux collectivités dont le contrat le comprend. Une nouvelle version ou une maintenance est aussi notifiée à leurs utilisateurs dès sa publication."
        value={draft.module}
        onChange={set('module')}
        options={[{ value: '', label: 'Tous les modules' }, ...modules.map((module) => ({ value: module, label: module }))]}
        error={errors.module}
      />
      <TextAreaField
        label="Texte"
        name="body"
        hint="En Markdown : ## Titre, **gras**, listes avec « - », liens [texte](https://…). Le HTML et les images ne sont pas affichés."
        value={draft.body}
        onChange={set('body')}
        error={errors.body}
        rows={12}
        required
      />
      <details className="rounded-md border border-slate-200 bg-white">
        <summary className="cursor-pointer px-4 py-2 text-sm font-semibold">Aperçu du texte</summary>
        <div className="border-t border-slate-200 px-4 py-3">
          {draft.body.trim() ? <AnnouncementBody markdown={draft.body} /> : <p className="text-sm text-slate-600">Le texte est vide.</p>}
        </div>
      </details>
      {existing && existing.files.length > 0 && (
        <div>
          <p className="text-sm font-semibold text-slate-800">Fichiers déjà publiés</p>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {existing.files.map((file) => (
              <li key={file.id}>
                <a href={`/api/annonces/fichiers/${file.id}`} download className="text-brand-800 underline">
                  {file.fileName}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <AttachmentPicker label={existing ? 'Ajouter des fichiers' : 'Fichiers à publier'} files={files} onChange={setFiles} error={errors.attachments} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Enregistrement…' : existing ? 'Enregistrer les modifications' : 'Publier l’annonce'}
        </Button>
        <Link href="/console/annonces" className={buttonClasses('ghost')}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
