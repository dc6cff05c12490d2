'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { StatusBadge } from '@/components/tickets/status-badge';
import { TicketTypeTag } from '@/components/tickets/ticket-type-tag';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { IDLE, type ActionState, type FormAction } from '@/lib/forms/action-state';
import type { BulkTriageOutcome } from '@/lib/support/bulk-triage';
import type { RequestStep, TicketStatus, TicketType } from '@/lib/tickets';
import { DeadlineGauge, type DeadlineView } from './deadline-gauge';

export interface QueueTableRow {
  id: string;
  reference: string;
  subject: string;
  organizationName: string;
  module: string;
  type: TicketType;
  status: TicketStatus;
  /** A typed request's step, and its planned date in words ("Planifiée le …") when it has one. */
  requestStep: RequestStep | null;
  plannedLabel: string | null;
  severityLabel: string | null;
  assigneeName: string | null;
  channelLabel: string;
  /** Whether the lifecycle lets this user take it in charge now (the server checks again). */
  takeable: boolean;
  deadline: DeadlineView | null;
}

interface Report {
  done: string | null;
  failures: string[];
}

/** The queue's rows, selectable for bulk assignment or pickup, each linking to its Demande. */
interface QueueTableProps {
  rows: QueueTableRow[];
  staff: Array<{ id: string; name: string }>;
  caption: string;
  bulkTriageAction: FormAction<BulkTriageOutcome>;
}

export function QueueTable({ rows, staff, caption, bulkTriageAction }: QueueTableProps) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [report, setReport] = useState<Report | null>(null);
  // Rows that left the page (taken by a colleague, moved to another queue) are no longer selected.
  const chosen = rows.filter((row) => selected.has(row.id));
  const takeable = chosen.filter((row) => row.takeable).length;

  const [state, formAction, pending] = useActionState(
    async (previous: ActionState<BulkTriageOutcome>, formData: FormData): Promise<ActionState<BulkTriageOutcome>> => {
      const references = new Map(rows.map((row) => [row.id, row.reference]));
      const assignee = staff.find((member) => member.id === formData.get('assigneeId'))?.name;
      const next = await bulkTriageAction(previous, formData);
      if (next.status === 'success' && next.data) {
        const { intent, results } = next.data;
        const succeeded = results.filter((result) => result.ok).map((result) => references.get(result.ticketId) ?? 'Demande');
        const failed = results.filter((result) => !result.ok);
        setReport({
          done:
            succeeded.length === 0
              ? null
              : intent === 'assign'
                ? `Assignée${succeeded.length > 1 ? 's' : ''} à ${assignee ?? 'votre collègue'} : ${succeeded.join(', ')}.`
                : `Prise${succeeded.length > 1 ? 's' : ''} en charge : ${succeeded.join(', ')}.`,
          failures: failed.map((result) => `${references.get(result.ticketId) ?? 'Demande'} : ${result.reason ?? 'refusée.'}`),
        });
        // What failed stays selected, to try again or otherwise.
        setSelected(new Set(failed.map((result) => result.ticketId)));
      } else {
        setReport(null);
      }
      return next;
    },
    IDLE,
  );

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChosen = rows.length > 0 && chosen.length === rows.length;
  const errors = state.status === 'error' ? state.fieldErrors : {};

  return (
    <div className="flex flex-col gap-3">
      <form action={formAction} aria-label="Actions groupées" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
        {chosen.map((row) => (
          <input key={row.id} type="hidden" name="ticketIds" value={row.id} />
        ))}
        <p className="basis-full text-sm font-medium text-slate-800">
          {chosen.length === 0
            ? 'Aucune demande sélectionnée.'
            : `${chosen.length} demande${chosen.length > 1 ? 's' : ''} sélectionnée${chosen.length > 1 ? 's' : ''}.`}
        </p>
        <SelectField
          label="Assigner à"
          name="assigneeId"
          defaultValue=""
          placeholder="Choisir un membre du support…"
          options={staff.map((member) => ({ value: member.id, label: member.name }))}
          error={errors.assigneeId}
        />
        <Button type="submit" name="intent" value="assign" disabled={pending || chosen.length === 0}>
          Assigner la sélection
        </Button>
        <Button type="submit" name="intent" value="take" variant="secondary" disabled={pending || takeable === 0} className="disabled:opacity-60">
          Prendre en charge{takeable > 0 ? ` (${takeable})` : ''}
        </Button>
        {pending && (
          <p role="status" className="text-sm text-slate-700">
            Traitement en cours…
          </p>
        )}
      </form>

      {state.status === 'error' && <Alert tone="error">{errors.ticketIds ?? state.message}</Alert>}
      {report?.done && <Alert tone="success">{report.done}</Alert>}
      {report && report.failures.length > 0 && (
        <Alert tone="error">
          <p className="font-semibold">
            {report.failures.length === 1 ? 'Une demande n’a pas pu être traitée :' : `${report.failures.length} demandes n’ont pas pu être traitées :`}
          </p>
          <ul className="mt-1 list-disc pl-5">
            {report.failures.map((failure) => (
              <li key={failure}>{failure}</li>
            ))}
          </ul>
        </Alert>
      )}

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-slate-300 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                <input
                  type="checkbox"
                  aria-label="Tout sélectionner"
                  checked={allChosen}
                  disabled={rows.length === 0}
                  onChange={(event) => setSelected(event.currentTarget.checked ? new Set(rows.map((row) => row.id)) : new Set())}
                  className="h-4 w-4 accent-brand-800"
                />
              </th>
              <th scope="col" className="px-3 py-2">
                Référence
              </th>
              <th scope="col" className="px-3 py-2">
                Objet
              </th>
              <th scope="col" className="px-3 py-2">
                Collectivité
              </th>
              <th scope="col" className="px-3 py-2">
                Module
              </th>
              <th scope="col" className="px-3 py-2">
                Statut
              </th>
              <th scope="col" className="px-3 py-2">
                Criticité
              </th>
              <th scope="col" className="px-3 py-2">
                Assignée à
              </th>
              <th scope="col" className="px-3 py-2">
                Délai
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={9} className="px-3 py-6 text-center text-slate-700">
                  Aucune demande dans cette file.
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100 align-top last:border-0 has-[:checked]:bg-brand-50">
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={`Sélectionner ${row.reference}`}
                    checked={selected.has(row.id)}
                    onChange={(event) => toggle(row.id, event.currentTarget.checked)}
                    className="h-4 w-4 accent-brand-800"
                  />
                </td>
                <th scope="row" className="whitespace-nowrap px-3 py-2 font-semibold">
                  <Link href={`/console/demandes/${row.reference}`} className="text-brand-800 underline">
                    {row.reference}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600">{row.channelLabel}</span>
                </th>
                <td className="px-3 py-2">
                  <TicketTypeTag type={row.type} /> {row.subject}
                </td>
                <td className="px-3 py-2">{row.organizationName}</td>
                <td className="px-3 py-2">{row.module}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={row.status} requestStep={row.requestStep} />
                  {row.plannedLabel && <span className="mt-1 block text-xs text-slate-700">{row.plannedLabel}</span>}
                </td>
                <td className="px-3 py-2">{row.severityLabel ?? <span className="text-slate-600">—</span>}</td>
                <td className="px-3 py-2">{row.assigneeName ?? <span className="text-slate-600">Personne</span>}</td>
                <td className="px-3 py-2">
                  <DeadlineGauge deadline={row.deadline} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
