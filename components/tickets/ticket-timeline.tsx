import { formatFileSize } from '@/lib/format/file-size';
import { formatDateTime } from '@/lib/format/french-date';
import { describeTicketEvent } from '@/lib/tickets';
import { isPreviewableImage } from '@/lib/validation/attachments';
import type { TicketView } from '@/lib/server/tickets/get-ticket-view';

type Entry =
  | { kind: 'event'; at: Date; key: string; text: string; actorName: string | null; internal: boolean }
  | { kind: 'message'; at: Date; key: string; message: TicketView['messages'][number]; files: TicketView['attachments'] };

/**
 * The history of a Demande: its events and its messages in time order. Internal notes are
 * marked unmistakably; a client's view never contains them (the query leaves them out).
 */
export function TicketTimeline({ view, timeZone, staffView }: { view: TicketView; timeZone: string; staffView: boolean }) {
  const entries: Entry[] = [
    ...view.events.flatMap((event): Entry[] => {
      const text = describeTicketEvent(event.type, event.after, timeZone);
      return text ? [{ kind: 'event', at: event.at, key: `e${event.id}`, text, actorName: event.actorName, internal: event.internal }] : [];
    }),
    ...view.messages.map((message): Entry => ({
      kind: 'message',
      at: message.createdAt,
      key: `m${message.id}`,
      message,
      files: view.attachments.filter((file) => file.messageId === message.id),
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === 'event' ? -1 : 1));

  return (
    <ol className="flex flex-col gap-3" aria-label="Historique de la demande">
      {entries.map((entry) =>
        entry.kind === 'event' ? (
          // Inline, so that an event of several lines (a typed request's report) reads on, "par …" after it.
          <li key={entry.key} className="text-sm break-words text-slate-700">
            <span className="font-semibold whitespace-pre-wrap text-slate-900">{entry.text}</span>
            {entry.actorName && ` par ${entry.actorName}`} — {formatDateTime(entry.at, timeZone)}
            {staffView && entry.internal && (
              <>
                {' '}
                <span className="rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">interne</span>
              </>
            )}
          </li>
        ) : (
          <li
            key={entry.key}
            className={`rounded-md border px-4 py-3 ${entry.message.kind === 'internal' ? 'border-amber-400 bg-amber-50' : 'border-slate-200 bg-white'}`}
          >
            <p className="text-sm text-slate-700">
              {entry.message.kind === 'internal' && <strong className="mr-2 text-amber-900">Note interne (invisible du client)</strong>}
              <span className="font-semibold text-slate-900">{entry.message.authorName}</span> — {formatDateTime(entry.at, timeZone)}
            </p>
            <p className="mt-2 whitespace-pre-wrap break-words">{entry.message.body}</p>
            {entry.files.length > 0 && <AttachmentList files={entry.files} />}
          </li>
        ),
      )}
    </ol>
  );
}

/**
 * A Demande's files: raster images with their preview (served inline, as images only), every
 * file a download under its name.
 */
export function AttachmentList({ files }: { files: TicketView['attachments'] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label="Fichiers joints">
      {files.map((file) => {
        const href = `/api/pieces-jointes/${file.id}`;
        return (
          <li key={file.id} className="flex max-w-full flex-col gap-1">
            {isPreviewableImage(file.contentType) && (
              <a href={`${href}?apercu`} className="block w-fit rounded-md border border-slate-300 bg-white p-1">
                {/* eslint-disable-next-line @next/next/no-img-element -- a private file behind the session, which next/image cannot fetch. */}
                <img
                  src={`${href}?apercu`}
                  alt={`Aperçu de ${file.fileName} (ouvrir l’image en grand)`}
                  loading="lazy"
                  className="h-32 w-auto max-w-full object-contain"
                />
              </a>
            )}
            <a
              href={href}
              className="inline-flex max-w-full items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm break-all text-brand-800 underline"
            >
              {file.fileName} <span className="text-slate-600 no-underline">({formatFileSize(file.size)})</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
