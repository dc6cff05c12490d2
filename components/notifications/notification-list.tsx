import Link from 'next/link';
import { formatDateTime } from '@/lib/format/french-date';

interface Item {
  id: string;
  title: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
  reference: string | null;
  /** Where a notification about something else than a Demande leads (an incident, an announcement). */
  link: string | null;
}

/** The user's notifications; unread ones stand out, each leads to its Demande, or to the page it is about. */
export function NotificationList({ items, ticketHref, timeZone }: { items: Item[]; ticketHref: (reference: string) => string; timeZone: string }) {
  if (items.length === 0) return <p className="text-slate-700">Aucune notification.</p>;
  return (
    <ul className="flex flex-col gap-2">
      {items.map((item) => {
        const href = item.reference ? ticketHref(item.reference) : item.link;
        return (
          <li key={item.id} className={`rounded-md border px-4 py-3 ${item.readAt ? 'border-slate-200 bg-white' : 'border-brand-700 bg-brand-50'}`}>
            <p className="font-semibold">
              {!item.readAt && <span className="mr-2 rounded bg-brand-800 px-1.5 py-0.5 text-xs text-white">Nouveau</span>}
              {href ? (
                <Link href={href} className="text-brand-800 underline">
                  {item.title}
                </Link>
              ) : (
                item.title
              )}
            </p>
            <p className="text-sm">{item.body}</p>
            <p className="text-xs text-slate-700">{formatDateTime(item.createdAt, timeZone)}</p>
          </li>
        );
      })}
    </ul>
  );
}
