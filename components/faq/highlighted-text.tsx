import { splitHighlights } from '@/lib/faq/highlight';

/**
 * A search headline with its matches in <mark>: the text is split on the markers and rendered
 * as React text, so nothing in an article can become HTML.
 */
export function HighlightedText({ headline }: { headline: string }) {
  return (
    <>
      {splitHighlights(headline).map((segment, i) =>
        segment.highlighted ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
