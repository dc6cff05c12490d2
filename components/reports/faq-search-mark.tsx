'use client';

import { useEffect } from 'react';
import { FAQ_SEARCH_MARK_KEY, type FaqSearchOutcome } from '@/lib/reports/usage';

/**
 * §17: the tab remembers that a FAQ search was made and whether it found something — not its
 * words —, so that a Demande filed next in this tab says a search preceded it. sessionStorage:
 * gone when the tab closes, never sent but with that Demande.
 */
export function FaqSearchMark({ outcome }: { outcome: FaqSearchOutcome }) {
  useEffect(() => {
    try {
      window.sessionStorage.setItem(FAQ_SEARCH_MARK_KEY, outcome);
    } catch {
      // Storage refused (private browsing…): the Demande will count as filed without a search.
    }
  }, [outcome]);
  return null;
}
