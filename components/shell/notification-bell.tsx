import Link from 'next/link';

/** The bell: a link to the notifications with the unread count, said in words too. */
export function NotificationBell({ href, unread }: { href: string; unread: number }) {
  return (
    <Link href={href} className="relative inline-flex items-center gap-1 rounded-md px-2 py-2 text-sm font-medium hover:bg-slate-100 sm:px-3">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.7 21a2 2 0 0 1-3.4 0" />
      </svg>
      <span className="sr-only">Notifications</span>
      {unread > 0 ? (
        <span className="rounded-full bg-red-700 px-1.5 text-xs font-bold text-white">
          {unread}
          <span className="sr-only"> non lue{unread > 1 ? 's' : ''}</span>
        </span>
      ) : (
        <span className="sr-only"> (aucune non lue)</span>
      )}
    </Link>
  );
}
