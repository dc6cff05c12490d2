'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

interface AutoRefreshProps {
  /** "À jour : mardi 3 mars 2026 à 14:05". */
  renderedAt: string;
  /** What a screen reader hears when the queue changes (the counts), and only then. */
  summary: string;
  intervalMs?: number;
}

/**
 * Re-renders the page from the server every 30 s while the tab is visible (the URL, hence the
 * queue and its filters, stays as it is). WCAG 2.2.2: auto-updating content can be paused.
 */
export function AutoRefresh({ renderedAt, summary, intervalMs = 30_000 }: AutoRefreshProps) {
  const router = useRouter();
  const [paused, setPaused] = useState(false);

  useEffect(() => {
    if (paused) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      timer ??= setInterval(() => router.refresh(), intervalMs);
    };
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') {
        // Back on the tab: catch up at once, then on the usual rhythm.
        router.refresh();
        start();
      } else {
        stop();
      }
    };
    if (document.visibilityState === 'visible') start();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [paused, intervalMs, router]);

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
      <p>
        {renderedAt}
        {paused ? ' — actualisation suspendue.' : ' — actualisée toutes les 30 secondes.'}
      </p>
      <button
        type="button"
        aria-pressed={paused}
        onClick={() => setPaused((value) => !value)}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 font-semibold text-slate-900 hover:bg-slate-100"
      >
        Suspendre l’actualisation
      </button>
      <button
        type="button"
        onClick={() => router.refresh()}
        className="rounded-md border border-slate-300 bg-white px-3 py-1 font-semibold text-slate-900 hover:bg-slate-100"
      >
        Actualiser
      </button>
      <p role="status" className="sr-only">
        {summary}
      </p>
    </div>
  );
}
