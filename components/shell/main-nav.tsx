'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { currentNavHref } from '@/lib/navigation/current-item';

export interface NavItem {
  href: string;
  label: string;
}

/**
 * Past this many entries the navigation needs a wide screen to hold on one row (a manager's
 * console); below its breakpoint it folds behind the menu button, as every navigation does on a phone.
 */
const LONG_NAV = 8;

/**
 * The area's navigation: one row under the header on a wide screen; behind a "Menu" button
 * (aria-expanded) below 1,024 px, or 1,280 px for a long navigation, where the row would wrap.
 * The menu closes on Échap (focus back on the button) and when a page is chosen.
 */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(pathname);
  const currentHref = currentNavHref(
    pathname,
    items.map((item) => item.href),
  );
  const long = items.length > LONG_NAV;
  // A page chosen in the menu: the menu folds again on the new page.
  if (open && openedOn !== pathname) setOpen(false);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      document.getElementById('menu-principal-bouton')?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <>
      <button
        id="menu-principal-bouton"
        type="button"
        aria-expanded={open}
        aria-controls="navigation-principale"
        onClick={() => {
          setOpenedOn(pathname);
          setOpen((value) => !value);
        }}
        className={`inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 ${long ? 'xl:hidden' : 'lg:hidden'}`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 6h16M4 12h16M4 18h16" />}
        </svg>
        Menu
      </button>
      <nav
        id="navigation-principale"
        aria-label="Navigation principale"
        className={`col-span-full ${open ? 'block' : 'hidden'} ${long ? 'xl:block' : 'lg:block'}`}
      >
        <ul
          className={`flex flex-col gap-1 border-t border-slate-200 pt-2 ${long ? 'xl:flex-row xl:flex-wrap xl:border-0 xl:pt-0' : 'lg:flex-row lg:flex-wrap lg:border-0 lg:pt-0'}`}
        >
          {items.map((item) => {
            const current = item.href === currentHref;
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current ? 'page' : undefined}
                  onClick={() => setOpen(false)}
                  className="block rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </>
  );
}
