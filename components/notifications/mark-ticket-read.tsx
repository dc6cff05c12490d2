'use client';

import { startTransition, useEffect } from 'react';
import { IDLE, type FormAction } from '@/lib/forms/action-state';

/**
 * Opening a Demande reads its notifications: once the page is shown (never on a prefetch), the
 * action marks them and the layout, bell included, is rendered again. The page renders this only
 * when there is something to mark.
 */
export function MarkTicketRead({ ticketId, action }: { ticketId: string; action: FormAction }) {
  useEffect(() => {
    const data = new FormData();
    data.set('ticketId', ticketId);
    startTransition(async () => {
      await action(IDLE, data);
    });
  }, [ticketId, action]);
  return null;
}
