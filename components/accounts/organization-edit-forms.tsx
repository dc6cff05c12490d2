'use client';

import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextAreaField } from '@/components/ui/text-area-field';
import { ContractFields, OrganizationFields, type ContractValues, type OrganizationValues } from './organization-fields';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';
import { suspendSupportSchema, updateContractSchema, updateOrganizationSchema } from '@/lib/validation/accounts';

export function OrganizationEditForm({ organizationId, values, action }: { organizationId: string; values: OrganizationValues; action: FormAction }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: updateOrganizationSchema });
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Collectivité">
      <FormStatus state={state} errors={errors} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <OrganizationFields values={values} errors={errors} />
      <div>
        <Button type="submit" disabled={pending}>
          Enregistrer la collectivité
        </Button>
      </div>
    </form>
  );
}

export function ContractEditForm({ organizationId, values, action }: { organizationId: string; values: ContractValues; action: FormAction }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: updateContractSchema });
  return (
    <form {...formProps} className="flex flex-col gap-4" aria-label="Contrat">
      <FormStatus state={state} errors={errors} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <ContractFields values={values} errors={errors} />
      <div>
        <Button type="submit" disabled={pending}>
          Enregistrer le contrat
        </Button>
      </div>
    </form>
  );
}

/** §13: suspend the support with its reason, or lift the suspension. */
interface SupportSuspensionFormProps {
  organizationId: string;
  suspended: boolean;
  suspendAction: FormAction;
  resumeAction: FormAction;
}

export function SupportSuspensionForm({ organizationId, suspended, suspendAction, resumeAction }: SupportSuspensionFormProps) {
  const suspend = useActionForm(suspendAction, { schema: suspendSupportSchema });
  const resume = useActionForm(resumeAction);
  if (suspended) {
    return (
      <form {...resume.formProps} className="flex flex-col gap-3" aria-label="Rétablir le support">
        <FormStatus state={resume.state} errors={resume.errors} />
        <input type="hidden" name="organizationId" value={organizationId} />
        <div>
          <Button type="submit" disabled={resume.pending}>
            Rétablir le support
          </Button>
        </div>
      </form>
    );
  }
  return (
    <form {...suspend.formProps} className="flex flex-col gap-3" aria-label="Suspendre le support">
      <FormStatus state={suspend.state} errors={suspend.errors} />
      <input type="hidden" name="organizationId" value={organizationId} />
      <TextAreaField
        label="Motif de la suspension"
        name="reason"
        rows={3}
        hint="Affiché à la collectivité, qui ne peut plus déposer de nouvelle demande (§13 du livret de service)."
        required
        error={suspend.errors.reason}
      />
      <div>
        <Button type="submit" variant="secondary" disabled={suspend.pending}>
          Suspendre le support
        </Button>
      </div>
    </form>
  );
}
