import type { CurrentUser } from '@/lib/auth/session';
import type { QueueRow } from '@/lib/server/tickets/list-queue';
import { presentClock } from '@/lib/sla';
import { actorContextOf, can, CHANNEL_LABELS, describeRequestProgress, requestStateOf, SEVERITY_LABELS } from '@/lib/tickets';
import type { DeadlineView } from './deadline-gauge';
import type { QueueTableRow } from './queue-table';

/**
 * A Demande of a staff list as its row shows it, computed on the server for the reader: the
 * clock in lib/sla's presenter's words in their zone, and whether the lifecycle lets them take it.
 * Rows come a page (25) at a time, so the presenter's business time is bounded per page.
 */
export function queueRowView(row: Omit<QueueRow, 'clock'> & { clock?: QueueRow['clock'] }, user: CurrentUser, now: Date): QueueTableRow {
  return {
    id: row.id,
    reference: row.reference,
    href: `/console/demandes/${row.reference}`,
    subject: row.subject,
    organizationName: row.organizationName,
    module: row.module,
    type: row.type,
    status: row.status,
    requestStep: row.requestStep,
    plannedLabel:
      row.requestStep && requestStateOf(row.status, row.requestStep) === 'planned'
        ? describeRequestProgress({ ...row, requestStep: row.requestStep, resolvedAt: null }, user.timeZone)
        : null,
    severityLabel: row.severity ? SEVERITY_LABELS[row.severity] : null,
    assigneeName: row.assigneeName,
    channelLabel: CHANNEL_LABELS[row.channel],
    takeable: can('take_in_charge', {
      actor: actorContextOf(user, row),
      ticket: { type: row.type, status: row.status, qualification: null, resolvedAt: null },
      now,
      timeZone: user.timeZone,
    }).ok,
    deadline: row.clock ? deadlineView(row.clock, now, user.timeZone) : null,
  };
}

/** A clock as lib/sla's presenter says it to staff, in their zone: the words of every other page. */
export function deadlineView(clock: NonNullable<QueueRow['clock']>, now: Date, timeZone: string): DeadlineView {
  const { state, sentence, remaining, used } = presentClock(clock, now, timeZone, 'staff');
  const running = clock.stoppedAt === null && clock.pausedAt === null;
  return { state, sentence, remaining, used, dueIso: running ? clock.dueAt.toISOString() : null };
}
