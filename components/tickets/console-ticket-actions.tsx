'use client';

import { useState } from 'react';
import { PlanRequestForm } from '@/components/requests/plan-request-form';
import { ConfirmActionButton } from '@/components/tickets/confirm-action-button';
import { MessageForm } from '@/components/tickets/message-form';
import { SeverityHelp } from '@/components/tickets/severity-guide';
import { Button } from '@/components/ui/button';
import { ChoiceGroupField } from '@/components/ui/choice-group-field';
import { FormStatus } from '@/components/ui/form-status';
import { SelectField } from '@/components/ui/select-field';
import { useActionForm } from '@/components/ui/use-action-form';
import type { FormAction } from '@/lib/forms/action-state';
import { SEVERITIES } from '@/lib/sla';
import {
  QUALIFICATION_OUTCOME_LABELS,
  QUALIFICATION_OUTCOMES,
  REFUSAL_HEADING,
  SEVERITY_LABELS,
  TICKET_ACTION_LABELS,
  type RequestResultWording,
  type TicketAction,
} from '@/lib/tickets';
import { assignSchema } from '@/lib/validation/tickets';

const SEVERITY_OPTIONS = SEVERITIES.map((value) => ({ value, label: SEVERITY_LABELS[value] }));

/** The console's operations on a Demande, handed down by the page. */
export interface ConsoleTicketActions {
  take: FormAction;
  assign: FormAction;
  qualify: FormAction;
  requalify: FormAction;
  requestInformation: FormAction;
  deliverActionPlan: FormAction;
  deliverRemedy: FormAction;
  resolve: FormAction;
  close: FormAction;
  reopen: FormAction;
  comment: FormAction;
  planRequest: FormAction;
  completeRequest: FormAction;
  refuseRequest: FormAction;
}

/** A typed request's own forms (§7, §11): its date, on the technician's clocks, and how its answer is named. */
export interface TypedRequestPanel {
  /** Already planned: the form moves the date. */
  planned: boolean;
  /** Now on the technician's clocks (`datetime-local`): no date before it. */
  planMin: string;
  zoneHint: string;
  result: RequestResultWording;
}

interface TicketActionsProps {
  actions: ConsoleTicketActions;
  hidden: { ticketId: string; reference: string };
  allowed: TicketAction[];
  staff: Array<{ id: string; name: string }>;
  assigneeId: string | null;
  severity: string | null;
  /** Null for an ordinary Demande. */
  request?: TypedRequestPanel | null;
}

/** The staff's actions on a Demande: only those the lifecycle allows now are shown. */
export function ConsoleTicketActionsPanel({ actions, hidden, allowed, staff, assigneeId, severity, request = null }: TicketActionsProps) {
  const can = (action: TicketAction) => allowed.includes(action);
  const [outcome, setOutcome] = useState('anomaly');
  return (
    <div className="flex flex-col gap-5">
      {can('take_in_charge') && <ConfirmActionButton action={actions.take} hidden={hidden} label="Prendre en charge" variant="primary" />}

      {request && can('plan_request') && (
        <Panel title={request.planned ? 'Changer la date prévue' : TICKET_ACTION_LABELS.plan_request}>
          <PlanRequestForm
            action={actions.planRequest}
            hidden={hidden}
            min={request.planMin}
            zoneHint={request.zoneHint}
            submitLabel={TICKET_ACTION_LABELS.plan_request}
          />
        </Panel>
      )}

      {request && can('complete_request') && (
        <Panel title={TICKET_ACTION_LABELS.complete_request}>
          <MessageForm
            action={actions.completeRequest}
            schema="completeRequest"
            hidden={hidden}
            field="result"
            label={request.result.label}
            hint={request.result.hint}
            submitLabel={TICKET_ACTION_LABELS.complete_request}
          />
        </Panel>
      )}

      {request && can('refuse_request') && (
        <Panel title={TICKET_ACTION_LABELS.refuse_request}>
          <MessageForm
            action={actions.refuseRequest}
            schema="refuseRequest"
            hidden={hidden}
            field="reason"
            label={`${REFUSAL_HEADING} (lu par le client)`}
            submitLabel={TICKET_ACTION_LABELS.refuse_request}
          />
        </Panel>
      )}

      {can('qualify') && (
        <Panel title="Qualifier">
          <MessageForm
            action={actions.qualify}
            schema="qualify"
            hidden={hidden}
            field="notes"
            label="Notes de reproduction (internes)"
            optional
            submitLabel="Qualifier"
          >
            {(errors) => (
              <>
                <ChoiceGroupField
                  type="radio"
                  legend="Résultat de la qualification"
                  name="outcome"
                  choices={QUALIFICATION_OUTCOMES.map((value) => ({ value, label: QUALIFICATION_OUTCOME_LABELS[value] }))}
                  value={outcome}
                  onChange={setOutcome}
                  error={errors.outcome}
                />
                {outcome === 'anomaly' && (
                  <>
                    <SelectField label="Criticité" name="severity" options={SEVERITY_OPTIONS} placeholder="Choisir…" required error={errors.severity} />
                    <SeverityHelp area="console" />
                  </>
                )}
              </>
            )}
          </MessageForm>
        </Panel>
      )}

      {can('deliver_action_plan') && (
        <Panel title="Envoyer le plan d’action">
          <MessageForm
            action={actions.deliverActionPlan}
            schema="actionPlan"
            hidden={hidden}
            field="plan"
            label="Plan d’action corrective"
            submitLabel="Envoyer le plan d’action"
            withAttachments
          />
        </Panel>
      )}

      {can('deliver_remedy') && (
        <Panel title="Livrer la correction ou un contournement">
          <MessageForm
            action={actions.deliverRemedy}
            schema="remedy"
            hidden={hidden}
            field="description"
            label="Description pour le client"
            submitLabel="Livrer"
            withAttachments
          >
            {(errors) => (
              <>
                <SelectField
                  label="Livraison"
                  name="remedy"
                  options={[
                    { value: 'fix', label: 'Livrer la correction' },
                    { value: 'workaround', label: 'Livrer un contournement' },
                  ]}
                  required
                  error={errors.remedy}
                />
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="keepOpen" /> Laisser la demande en cours de correction (la correction définitive suivra)
                </label>
              </>
            )}
          </MessageForm>
        </Panel>
      )}

      {can('request_information') && (
        <Panel title="Demander des informations">
          <MessageForm
            action={actions.requestInformation}
            schema="requestInformation"
            hidden={hidden}
            field="question"
            label="Question au client"
            hint="Le délai d’action corrective ou de correction est suspendu jusqu’à la réponse."
            submitLabel="Demander des informations"
          />
        </Panel>
      )}

      {can('comment') || can('add_internal_note') ? (
        <Panel title="Répondre ou noter">
          <MessageForm action={actions.comment} schema="reply" hidden={hidden} field="body" label="Message" submitLabel="Enregistrer" withAttachments>
            <SelectField
              label="Visibilité"
              name="kind"
              options={[
                ...(can('comment') ? [{ value: 'public', label: 'Réponse au client' }] : []),
                { value: 'internal', label: 'Note interne (invisible du client)' },
              ]}
            />
          </MessageForm>
        </Panel>
      ) : null}

      {can('requalify') && (
        <Panel title="Requalifier">
          <MessageForm
            action={actions.requalify}
            schema="requalify"
            hidden={hidden}
            field="reason"
            label="Motif de la requalification"
            submitLabel="Requalifier"
          >
            {(errors) => (
              <>
                <SelectField
                  label="Nouvelle criticité"
                  name="severity"
                  options={SEVERITY_OPTIONS.filter((option) => option.value !== severity)}
                  placeholder="Choisir…"
                  required
                  error={errors.severity}
                />
                <SeverityHelp area="console" />
              </>
            )}
          </MessageForm>
        </Panel>
      )}

      {can('resolve') && (
        <Panel title="Résoudre">
          <MessageForm
            action={actions.resolve}
            schema="resolve"
            hidden={hidden}
            field="answer"
            label="Réponse de résolution au client"
            submitLabel="Résoudre"
          />
        </Panel>
      )}

      {can('assign') && (
        <Panel title="Assigner">
          <AssignForm action={actions.assign} hidden={hidden} staff={staff} assigneeId={assigneeId} />
        </Panel>
      )}

      {can('close') && <ConfirmActionButton action={actions.close} hidden={hidden} label="Clôturer" />}
      {can('reopen') && (
        <Panel title="Rouvrir">
          <MessageForm action={actions.reopen} schema="reopen" hidden={hidden} field="reason" label="Motif de la réouverture" submitLabel="Rouvrir" />
        </Panel>
      )}
    </div>
  );
}

function AssignForm({ action, hidden, staff, assigneeId }: Pick<TicketActionsProps, 'hidden' | 'staff' | 'assigneeId'> & { action: FormAction }) {
  const { state, pending, errors, formProps } = useActionForm(action, { schema: assignSchema });
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <input type="hidden" name="ticketId" value={hidden.ticketId} />
      <input type="hidden" name="reference" value={hidden.reference} />
      <FormStatus state={state} errors={errors} />
      <SelectField
        label="Membre du support"
        name="assigneeId"
        defaultValue={assigneeId ?? ''}
        placeholder="Choisir…"
        options={staff.map((member) => ({ value: member.id, label: member.name }))}
        required
        error={errors.assigneeId}
      />
      <div>
        <Button type="submit" disabled={pending}>
          Assigner
        </Button>
      </div>
    </form>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 open:shadow-sm">
      <summary className="cursor-pointer font-semibold">{title}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
