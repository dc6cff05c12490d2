'use server';

import { revalidatePath } from 'next/cache';
import type { ActionState } from '@/lib/forms/action-state';
import { bulkTriageSchema } from '@/lib/validation/support';
import { consoleAction } from '@/lib/server/actions/define-action';
import { ServiceError } from '@/lib/server/service-error';
import { assignTicket } from '@/lib/server/tickets/assign-ticket';
import { takeTicket } from '@/lib/server/tickets/take-ticket';
import type { BulkTriageOutcome, BulkTriageResult } from '@/lib/support/bulk-triage';

/**
 * Assigns or takes in charge several Demandes: each through its own operation and transaction
 * (the lifecycle decides for each), so one refusal never undoes the others.
 */
export const bulkTriageAction = consoleAction(bulkTriageSchema, async (input, { user, db }): Promise<ActionState<BulkTriageOutcome>> => {
  const results: BulkTriageResult[] = [];
  for (const ticketId of input.ticketIds) {
    try {
      if (input.intent === 'assign') await assignTicket(db, { actor: user, ticketId, assigneeId: input.assigneeId ?? '' });
      else await takeTicket(db, { actor: user, ticketId });
      results.push({ ticketId, ok: true });
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      results.push({ ticketId, ok: false, reason: error.message });
    }
  }
  revalidatePath('/console/demandes');
  return { status: 'success', data: { intent: input.intent, results } };
});
