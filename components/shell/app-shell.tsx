import Link from 'next/link';
import type { ReactNode } from 'react';
import { AccountMenu } from './account-menu';
import { MainNav, type NavItem } from './main-nav';
import { NotificationBell } from './notification-bell';
import { PageViewBeacon } from '@/components/reports/page-view-beacon';

interface AppShellProps {
  /** "Support" in the console, the organization's name in the portal. */
  context: string;
  homeHref: string;
  nav: NavItem[];
  user: { name: string; email: string; roleLabel: string };
  notifications: { href: string; unread: number };
  children: ReactNode;
}

export function AppShell({ context, homeHref, nav, user, notifications, children }: AppShellProps) {
  return (
    <>
      <a
        href="#contenu"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Aller au contenu
      </a>
      <header className="border-b border-slate-200 bg-white">
        {/* Three columns: the name shrinks (it may wrap on a phone), the bell and account, the menu button; the navigation is the row under them. */}
        <div className="mx-auto grid max-w-6xl grid-cols-[minmax(0,1fr)_auto_auto] items-center gap-x-2 gap-y-2 px-4 py-3 sm:gap-x-4">
          <Link href={homeHref} className="flex min-w-0 flex-col text-brand-800 sm:flex-row sm:items-baseline sm:gap-2">
            <span className="text-xl font-bold">Guichet</span>
            <span className="text-sm font-medium leading-tight text-slate-700">{context}</span>
          </Link>
          <div className="flex items-center gap-1">
            <NotificationBell {...notifications} />
            <AccountMenu {...user} />
          </div>
          <MainNav items={nav} />
        </div>
      </header>
      <main id="contenu" className="mx-auto max-w-6xl px-4 py-5 sm:py-8">
        {children}
      </main>
      <PageViewBeacon />
    </>
  );
}
