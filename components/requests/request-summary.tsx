import type { RequestAnswer } from '@/lib/tickets';

/** What a typed request asked (§7 restore, §11 software account), as label/value lines. */
export function RequestAsked({ lines }: { lines: ReadonlyArray<{ label: string; value: string }> }) {
  return (
    <dl className="flex flex-col gap-3">
      {lines.map((line) => (
        <div key={line.label}>
          <dt className="text-sm font-semibold text-slate-700">{line.label}</dt>
          <dd className="break-words whitespace-pre-wrap">{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}

const FRAMES = {
  pending: 'border-brand-700 bg-brand-50',
  done: 'border-green-700 bg-green-50',
  refused: 'border-red-700 bg-red-50',
} as const;

/**
 * Where a typed request stands ("Planifiée le …") and, once done or refused, the support's answer
 * (the report, the identifier given, or the reason): what the administrator is waiting for.
 */
export function RequestOutcome({
  headingId,
  title,
  progress,
  note,
  answer,
}: {
  headingId: string;
  title: string;
  progress: string;
  note?: string | null;
  answer: RequestAnswer | null;
}) {
  const frame = answer === null ? FRAMES.pending : answer.refused ? FRAMES.refused : FRAMES.done;
  return (
    <section aria-labelledby={headingId} className={`rounded-lg border-2 p-5 ${frame}`} data-request-outcome>
      <h2 id={headingId} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-xl font-bold text-slate-900" data-request-progress>
        {progress}
      </p>
      {note && <p className="mt-1 text-sm text-slate-800">{note}</p>}
      {answer && (
        <div className="mt-4 rounded-md border border-slate-300 bg-white p-4">
          <h3 className="font-semibold">{answer.heading}</h3>
          <p className="mt-1 text-lg break-words whitespace-pre-wrap" data-request-answer>
            {answer.text}
          </p>
        </div>
      )}
    </section>
  );
}
