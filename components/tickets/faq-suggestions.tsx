'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

interface Suggestion {
  slug: string;
  title: string;
}

/** While the client types the subject, FAQ articles that may already answer it. */
export function FaqSuggestions({ query }: { query: string }) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);

  useEffect(() => {
    const q = query.trim();
    const controller = new AbortController();
    const timer = setTimeout(() => {
      if (q.length < 3) {
        setSuggestions([]);
        return;
      }
      fetch(`/api/faq/suggestions?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ suggestions: Suggestion[] }>) : { suggestions: [] }))
        .then((body) => setSuggestions(body.suggestions ?? []))
        .catch(() => undefined);
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <div role="status" aria-live="polite">
      {suggestions.length > 0 && (
        <div className="rounded-md border border-brand-100 bg-brand-50 px-4 py-3 text-sm">
          <p className="font-semibold text-brand-900">
            Ces articles de la FAQ répondent peut-être à votre question (ils s’ouvrent dans une nouvelle fenêtre, votre saisie est gardée) :
          </p>
          <ul className="mt-1 list-disc pl-5">
            {suggestions.map((suggestion) => (
              <li key={suggestion.slug}>
                <Link href={`/faq/${suggestion.slug}`} target="_blank" rel="noopener" prefetch={false} className="text-brand-800 underline">
                  {suggestion.title}
                  <span className="sr-only"> (nouvelle fenêtre)</span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
