'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { ChoiceGroupField } from '@/components/ui/choice-group-field';
import { Field } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useActionForm } from '@/components/ui/use-action-form';
import {
  INCIDENT_CAUSES,
  INCIDENT_CAUSE_LABELS,
  INCIDENT_ENVIRONMENTS,
  INCIDENT_ENVIRONMENT_LABELS,
  isIncidentCause,
  type IncidentCause,
} from '@/lib/availability';
import type { FormAction } from '@/lib/forms/action-state';
import {
  CAUSE_DETAIL_REQUIRED,
  correctIncidentSchema,
  INCIDENT_SCOPES,
  INCIDENT_SCOPE_LABELS,
  openIncidentSchema,
  type IncidentScope,
} from '@/lib/validation/availability';

/** The form's values; instants as `datetime-local` values in the staff member's zone. */
export interface IncidentDraft {
  title: string;
  description: string;
  cause: IncidentCause;
  causeDetail: string;
  environment: string;
  scope: IncidentScope;
  organizationIds: string[];
  announcementId: string;
  startedAt: string;
  endedAt: string;
}

export const EMPTY_INCIDENT: IncidentDraft = {
  title: '',
  description: '',
  cause: 'fault',
  causeDetail: '',
  environment: 'production',
  scope: 'all',
  organizationIds: [],
  announcementId: '',
  startedAt: '',
  endedAt: '',
};

const DETAIL_LABELS: Partial<Record<IncidentCause, string>> = {
  external_system: 'Système extérieur en cause',
  force_majeure: 'Événement de force majeure',
};

const PUBLIC_HINT =
  'Public : les utilisateurs des collectivités touchées le lisent dans leur portail, et tout le monde sur la page « État du service » quand l’incident les touche toutes.';

interface IncidentFormProps {
  action: FormAction;
  organizations: ReadonlyArray<{ id: string; name: string }>;
  /** The planned maintenance announcements a maintenance may be recorded under (§5), labelled with their dates. */
  announcements: ReadonlyArray<{ value: string; label: string }>;
  /** "heure de Paris": the zone the times are typed in. */
  zoneLabel: string;
  initial?: IncidentDraft;
  /** Correcting an incident: its id, and whether it has ended (only then has it an end to correct). */
  existing?: { id: string; ended: boolean };
  cancelHref: string;
}

/** Records or corrects an incident (§5, §6); the server decides, the form explains. */
export function IncidentForm({ action, organizations, announcements, zoneLabel, initial = EMPTY_INCIDENT, existing, cancelHref }: IncidentFormProps) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: existing ? correctIncidentSchema : openIncidentSchema });
  const [cause, setCause] = useState<IncidentCause>(initial.cause);
  const [scope, setScope] = useState<IncidentScope>(initial.scope);
  const [filter, setFilter] = useState('');
  const detailLabel = DETAIL_LABELS[cause];
  const needle = filter.trim().toLocaleLowerCase('fr');
  const showEnd = existing ? existing.ended : true;

  return (
    <form {...formProps} className="flex flex-col gap-5">
      <FormStatus state={state} errors={errors} />
      {existing && <input type="hidden" name="incidentId" value={existing.id} />}
      <Field label="Titre" name="title" defaultValue={initial.title} hint={PUBLIC_HINT} error={errors.title} required maxLength={200} />
      <TextAreaField
        label="Description"
        name="description"
        defaultValue={initial.description}
        hint="Ce que les utilisateurs constatent, ce qui est touché. Publique, comme le titre."
        error={errors.description}
        rows={4}
        required
      />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <SelectField
          label="Cause"
          name="cause"
          value={cause}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isIncidentCause(value)) setCause(value);
          }}
          hint="Seule une panne de l’environnement de production compte comme indisponibilité (§6)."
          options={INCIDENT_CAUSES.map((value) => ({ value, label: INCIDENT_CAUSE_LABELS[value] }))}
          error={errors.cause}
          required
        />
        <SelectField
          label="Environnement"
          name="environment"
          defaultValue={initial.environment}
          options={INCIDENT_ENVIRONMENTS.map((value) => ({ value, label: INCIDENT_ENVIRONMENT_LABELS[value] }))}
          error={errors.environment}
          required
        />
      </div>
      {detailLabel && (
        <Field
          label={detailLabel}
          name="causeDetail"
          defaultValue={initial.causeDetail}
          hint={CAUSE_DETAIL_REQUIRED[cause]}
          error={errors.causeDetail}
          required
          maxLength={200}
        />
      )}
      {cause === 'planned_maintenance' &&
        (announcements.length === 0 ? (
          <p className="rounded-md border-l-4 border-amber-700 bg-amber-50 px-4 py-3 text-sm text-amber-950">
            Aucune maintenance planifiée n’a été annoncée : une maintenance qui n’a pas été annoncée au moins 48 heures à l’avance est une maintenance urgente
            (§5).
            {errors.announcementId && <span className="mt-1 block font-semibold">{errors.announcementId}</span>}
          </p>
        ) : (
          <SelectField
            label="Annonce de la maintenance"
            name="announcementId"
            defaultValue={initial.announcementId}
            placeholder="Choisir l’annonce…"
            hint="Une maintenance planifiée a été annoncée au moins 48 heures à l’avance (§5) ; sinon, c’est une maintenance urgente."
            options={[...announcements]}
            error={errors.announcementId}
            required
          />
        ))}
      <ChoiceGroupField
        type="radio"
        legend="Collectivités touchées"
        name="scope"
        choices={INCIDENT_SCOPES.map((value) => ({ value, label: INCIDENT_SCOPE_LABELS[value] }))}
        value={scope}
        onChange={(value) => setScope(value === 'some' ? 'some' : 'all')}
        error={errors.scope ?? errors.organizationIds}
      >
        {scope === 'some' && (
          <div className="flex flex-col gap-2 pl-6">
            <Field label="Filtrer la liste" type="search" value={filter} onChange={(event) => setFilter(event.currentTarget.value)} autoComplete="off" />
            <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-3">
              {organizations.map((organization) => (
                <li key={organization.id} hidden={needle !== '' && !organization.name.toLocaleLowerCase('fr').includes(needle)}>
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="organizationIds"
                      value={organization.id}
                      defaultChecked={initial.organizationIds.includes(organization.id)}
                      aria-invalid={errors.organizationIds ? true : undefined}
                      className="h-4 w-4 accent-brand-800"
                    />
                    {organization.name}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        )}
      </ChoiceGroupField>
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <Field
          label={existing ? 'Début' : 'Début (facultatif)'}
          name="startedAt"
          type="datetime-local"
          defaultValue={initial.startedAt}
          hint={existing ? `À l’${zoneLabel}.` : `À l’${zoneLabel}. Laissé vide : maintenant. Jamais dans le futur.`}
          error={errors.startedAt}
          required={!!existing}
        />
        {showEnd && (
          <Field
            label={existing ? 'Fin' : 'Fin (seulement si le service est déjà rétabli)'}
            name="endedAt"
            type="datetime-local"
            defaultValue={initial.endedAt}
            hint={existing ? `À l’${zoneLabel}.` : `À l’${zoneLabel}. Laissée vide : l’incident est en cours, vous le terminerez depuis sa page.`}
            error={errors.endedAt}
            required={!!existing}
          />
        )}
      </div>
      {existing && !existing.ended && errors.endedAt && <p className="text-sm font-medium text-red-700">{errors.endedAt}</p>}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Enregistrement…' : existing ? 'Enregistrer la correction' : 'Ouvrir l’incident'}
        </Button>
        <Link href={cancelHref} className={buttonClasses('ghost')}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
