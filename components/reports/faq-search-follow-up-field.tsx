'use client';

import { useEffect, useRef, useState } from 'react';
import { FAQ_SEARCH_MARK_KEY, FAQ_SEARCH_OUTCOMES, type FaqSearchOutcome } from '@/lib/reports/usage';

function isOutcome(value: string | null): value is FaqSearchOutcome {
  return (FAQ_SEARCH_OUTCOMES as readonly (string | null)[]).includes(value);
}

/**
 * §17: in the new-Demande form, a hidden field saying whether a FAQ search of this tab preceded
 * it (see FaqSearchMark). The mark is used once: sending the form clears it, while the field keeps
 * it for a resubmission after a refused field.
 */
export function FaqSearchFollowUpField() {
  const ref = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<FaqSearchOutcome | ''>('');

  useEffect(() => {
    let stored: string | null = null;
    try {
      stored = window.sessionStorage.getItem(FAQ_SEARCH_MARK_KEY);
    } catch {
      return;
    }
    // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage only exists after mount.
    if (isOutcome(stored)) setOutcome(stored);
    const form = ref.current?.form;
    const clear = () => {
      try {
        window.sessionStorage.removeItem(FAQ_SEARCH_MARK_KEY);
      } catch {
        // Nothing to clear.
      }
    };
    form?.addEventListener('submit', clear);
    return () => form?.removeEventListener('submit', clear);
  }, []);

  return <input ref={ref} type="hidden" name="faqSearch" value={outcome} />;
}
