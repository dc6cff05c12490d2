'use client';

import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/checkbox-field';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useActionForm } from '@/components/ui/use-action-form';
import { RequiredMark } from '@/components/ui/field-frame';
import { restoreRequestSchema } from '@/lib/validation/requests';
import type { FormAction } from '@/lib/forms/action-state';

export interface RestorePointChoice {
  /** The point's instant, as the form sends it back. */
  takenAt: string;
  label: string;
  keptUntil: string;
}

interface RestoreRequestFormProps {
  action: FormAction;
  points: RestorePointChoice[];
  modules: string[];
}

/** §7 "Demander une restauration": a point of the catalogue, what to restore, why, and the loss accepted. */
export function RestoreRequestForm({ action, points, modules }: RestoreRequestFormProps) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: restoreRequestSchema });
  return (
    <form {...formProps} className="flex flex-col gap-5" aria-label="Demander une restauration">
      <FormStatus state={state} errors={errors} />
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.pointTakenAt ? 'point-error' : undefined}>
        <legend className="mb-1 font-semibold">
          Point de restauration
          <RequiredMark />
        </legend>
        {errors.pointTakenAt && (
          <p id="point-error" className="text-sm font-medium text-red-700">
            {errors.pointTakenAt}
          </p>
        )}
        <ul className="flex max-h-96 flex-col gap-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-2">
          {points.map((point, index) => (
            <li key={point.takenAt}>
              <label className="flex cursor-pointer items-start gap-2 rounded px-2 py-1.5 hover:bg-slate-50">
                <input type="radio" name="pointTakenAt" value={point.takenAt} defaultChecked={index === 0} className="mt-1 h-4 w-4 accent-brand-800" />
                <span>
                  <span className="font-medium">{point.label}</span>
                  <span className="block text-sm text-slate-600">{point.keptUntil}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SelectField
        label="Module à restaurer"
        required
        name="scope"
        options={modules.map((module) => ({ value: module, label: module }))}
        placeholder="Choisir…"
        error={errors.scope}
      />
      <TextAreaField
        label="Données concernées (facultatif)"
        name="scopeDetail"
        rows={2}
        hint="Par exemple : les actes de naissance saisis le 12 novembre."
        error={errors.scopeDetail}
      />
      <TextAreaField label="Motif" required name="reason" rows={4} hint="Ce qui s’est passé et ce que la restauration doit rétablir." error={errors.reason} />
      <CheckboxField
        label="J’ai compris que les modifications faites après ce point de restauration seront perdues."
        required
        name="acknowledgedLoss"
        error={errors.acknowledgedLoss}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Envoi…' : 'Demander la restauration'}
        </Button>
      </div>
    </form>
  );
}
