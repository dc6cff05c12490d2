import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';

const NAV = [
  { href: '/console', label: 'Tableau de bord' },
  { href: '/console/demandes', label: 'Demandes' },
  { href: '/console/faq', label: 'FAQ' },
  { href: '/console/annonces', label: 'Annonces' },
];

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requireStaff();
  return (
    <AppShell
      context="Support"
      homeHref="/console"
      nav={NAV}
      user={{ name: user.name, email: user.email, roleLabel: ROLE_LABELS[user.role] }}
    >
      {children}
    </AppShell>
  );
}
