import { formatDateTime } from '@/lib/format/french-date';

interface IncidentTimelineProps {
  updates: ReadonlyArray<{ id: string; body: string; at: Date; authorName?: string }>;
  timeZone: string;
  showZone?: boolean;
}

/** An incident's public messages, oldest first: what was known, what was done. */
export function IncidentTimeline({ updates, timeZone, showZone = false }: IncidentTimelineProps) {
  if (updates.length === 0) return null;
  return (
    <ol className="mt-3 flex flex-col gap-2 border-l-2 border-slate-300 pl-4">
      {updates.map((update) => (
        <li key={update.id} className="text-sm">
          <p className="font-semibold text-slate-700">
            {formatDateTime(update.at, timeZone, { showZone })}
            {update.authorName && <span className="font-normal"> — {update.authorName}</span>}
          </p>
          <p className="whitespace-pre-line">{update.body}</p>
        </li>
      ))}
    </ol>
  );
}
