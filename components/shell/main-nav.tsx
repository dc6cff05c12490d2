'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { currentNavHref } from '@/lib/navigation/current-item';

export interface NavItem {
  href: string;
  label: string;
}

export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const currentHref = currentNavHref(
    pathname,
    items.map((item) => item.href),
  );
  return (
    <nav aria-label="Navigation principale">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = item.href === currentHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className="rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
