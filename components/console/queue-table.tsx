'use client';

import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { StatusBadge } from '@/components/tickets/status-badge';
import { TicketTypeTag } from '@/components/tickets/ticket-type-tag';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { FormStatus } from '@/components/ui/form-status';
import { useActionForm } from '@/components/ui/use-action-form';
import type { ActionState, FormAction } from '@/lib/forms/action-state';
import type { BulkTriageOutcome } from '@/lib/support/bulk-triage';
import { withHeldRows, type HeldRow } from '@/lib/support/held-rows';
import type { RequestStep, TicketStatus, TicketType } from '@/lib/tickets';
import { DeadlineGauge, type DeadlineView } from './deadline-gauge';
import { TRIAGE_ROW_FOCUS, triageRowProps, useTriageList, type HoldRow } from './triage-keyboard';

export interface QueueTableRow {
  id: string;
  reference: string;
  /** The Demande's page in the console. */
  href: string;
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
  /** What was just done to it from the keyboard ("Prise en charge par vous"), while the page is open. */
  outcome?: string | null;
}

/** Keeps rows acted on from the keyboard in place, with their new state (lib/support/held-rows). */
export function useHeldRows<R extends QueueTableRow>(listId: string, rows: R[]): R[] {
  const [held, setHeld] = useState<ReadonlyMap<string, HeldRow<R>>>(new Map());
  const latest = useRef(rows);
  useEffect(() => {
    latest.current = rows;
  }, [rows]);
  const hold = useCallback<HoldRow>(
    (rowId, change) =>
      setHeld((current) => {
        const next = new Map(current);
        if (change === null) {
          next.delete(rowId);
          return next;
        }
        const kept = current.get(rowId);
        if (kept) {
          next.set(rowId, { index: kept.index, row: { ...kept.row, ...change } });
          return next;
        }
        const listed = withHeldRows(latest.current, current);
        const index = listed.findIndex((row) => row.id === rowId);
        const row = listed[index];
        if (!row) return current;
        next.set(rowId, { index, row: { ...row, ...change } });
        return next;
      }),
    [],
  );
  useTriageList(listId, hold);
  return withHeldRows(rows, held);
}

/** The column headers after the selection box, in the order of the cells (the deadline last on a wide screen, first on a card). */
const COLUMNS = ['Référence', 'Objet', 'Collectivité', 'Module', 'Statut', 'Criticité', 'Assignée à', 'Délai'] as const;

/** A cell: part of a card below 1,024 px, a table cell above. */
const CELL = 'block lg:table-cell lg:px-3 lg:py-2 lg:align-top';

interface Report {
  done: string | null;
  failures: string[];
}

/**
 * The queue's rows, selectable for bulk assignment or pickup; the whole row opens its Demande
 * (the subject is the link, stretched over the row). Below 1,024 px each row is a card, its
 * deadline first. Rows take part in the page's keyboard triage (TriageKeyboard).
 */
interface QueueTableProps {
  rows: QueueTableRow[];
  staff: Array<{ id: string; name: string }>;
  caption: string;
  bulkTriageAction: FormAction<BulkTriageOutcome>;
}

export function QueueTable({ rows: listed, staff, caption, bulkTriageAction }: QueueTableProps) {
  const rows = useHeldRows('file', listed);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [report, setReport] = useState<Report | null>(null);
  // Rows that left the page (taken by a colleague, moved to another queue) are no longer selected.
  const chosen = rows.filter((row) => selected.has(row.id));
  const takeable = chosen.filter((row) => row.takeable).length;

  const { state, pending, errors, formProps } = useActionForm(
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
  );

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChosen = rows.length > 0 && chosen.length === rows.length;

  return (
    <div className="flex flex-col gap-3">
      {/* On a phone the bulk actions show once a Demande is selected, so the queue starts near the top. */}
      <form
        {...formProps}
        aria-label="Actions groupées"
        className={`${chosen.length === 0 ? 'hidden lg:flex' : 'flex'} flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4`}
      >
        {chosen.map((row) => (
          <input key={row.id} type="hidden" name="ticketIds" value={row.id} />
        ))}
        <p className="basis-full text-sm font-medium text-slate-800">
          {chosen.length === 0
            ? 'Aucune demande sélectionnée.'
            : `${chosen.length} demande${chosen.length > 1 ? 's' : ''} sélectionnée${chosen.length > 1 ? 's' : ''}.`}
        </p>
        {state.status === 'error' && (
          <div className="basis-full">
            <FormStatus state={state} errors={errors} />
          </div>
        )}
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

      <div className="rounded-lg border border-slate-200 bg-white lg:overflow-x-auto">
        <table className="block w-full text-left text-sm lg:table">
          <caption className="sr-only">{caption}</caption>
          <thead className="block border-b border-slate-300 bg-slate-50 text-slate-700 lg:table-header-group">
            <tr className="flex lg:table-row">
              <th scope="col" className="px-3 py-2">
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    aria-label="Tout sélectionner"
                    checked={allChosen}
                    disabled={rows.length === 0}
                    onChange={(event) => setSelected(event.currentTarget.checked ? new Set(rows.map((row) => row.id)) : new Set())}
                    className="h-4 w-4 accent-brand-800"
                  />
                  <span aria-hidden="true" className="font-medium lg:hidden">
                    Tout sélectionner
                  </span>
                </label>
              </th>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="hidden px-3 py-2 lg:table-cell">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="block lg:table-row-group">
            {rows.length === 0 && (
              <tr className="block lg:table-row">
                <td colSpan={COLUMNS.length + 1} className="block px-3 py-6 text-center text-slate-700 lg:table-cell">
                  Aucune demande dans cette file.
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <tr
                key={row.id}
                {...triageRowProps('file', row)}
                className={`relative flex flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-slate-200 px-3 py-3 align-top last:border-0 hover:bg-slate-50 has-[:checked]:bg-brand-50 lg:table-row lg:p-0 ${TRIAGE_ROW_FOCUS}`}
              >
                <td className={`${CELL} relative z-10`}>
                  <input
                    type="checkbox"
                    aria-label={`Sélectionner ${row.reference}`}
                    checked={selected.has(row.id)}
                    onChange={(event) => toggle(row.id, event.currentTarget.checked)}
                    className="h-4 w-4 accent-brand-800"
                  />
                </td>
                <th scope="row" className={`${CELL} whitespace-nowrap font-semibold`}>
                  <Link href={row.href} className="relative z-10 text-brand-800 underline">
                    {row.reference}
                  </Link>
                  <span className="ml-2 text-xs font-normal text-slate-600 lg:ml-0 lg:block">{row.channelLabel}</span>
                </th>
                <td className={`${CELL} basis-full`}>
                  <TicketTypeTag type={row.type} />{' '}
                  <Link href={row.href} className="font-medium text-slate-900 underline decoration-slate-400 after:absolute after:inset-0 hover:text-brand-800">
                    {row.subject}
                  </Link>
                </td>
                <td className={`${CELL} after:ml-2 after:text-slate-500 after:content-['·'] lg:after:content-none`}>{row.organizationName}</td>
                <td className={CELL}>{row.module}</td>
                <td className={`${CELL} basis-full lg:basis-auto`}>
                  <span className="flex flex-wrap items-center gap-2 lg:block">
                    <StatusBadge status={row.status} requestStep={row.requestStep} />
                    {row.outcome && (
                      <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-semibold text-green-900 lg:mt-1 lg:inline-block">
                        {row.outcome}
                      </span>
                    )}
                  </span>
                  {row.plannedLabel && <span className="mt-1 block text-xs text-slate-700">{row.plannedLabel}</span>}
                </td>
                <td className={CELL}>
                  <span className="text-slate-700 lg:hidden">Criticité : </span>
                  {row.severityLabel ?? <span className="text-slate-600">—</span>}
                </td>
                <td className={CELL}>
                  <span className="text-slate-700 lg:hidden">Assignée à : </span>
                  {row.assigneeName ?? <span className="text-slate-600">Personne</span>}
                </td>
                <td className={`${CELL} order-first basis-full lg:order-none`}>
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
