'use client';

import { useEffect } from 'react';
import { draftKey } from './new-ticket-form';

/** The Demande is filed: its draft has served. */
export function ClearDraft({ userId }: { userId: string }) {
  useEffect(() => window.localStorage.removeItem(draftKey(userId)), [userId]);
  return null;
}
