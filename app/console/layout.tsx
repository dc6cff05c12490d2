import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { getDb } from '@/lib/server/db';
import { countUnreadNotifications } from '@/lib/server/notifications/list-notifications';
import { ROLE_LABELS } from '@/lib/accounts/roles';
import { requireStaff } from '@/lib/auth/session';

const NAV = [
  { href: '/console', label: 'Tableau de bord' },
  { href: '/console/demandes', label: 'Demandes' },
  { href: '/console/faq', label: 'FAQ' },
  { href: '/console/annonces', label: 'Annonces' },
  { href: '/console/incidents', label: 'Incidents' },
  { href: '/console/disponibilite', label: 'Disponibilité' },
  { href: '/console/rapports', label: 'Rapports' },
  { href: '/console/organisations', label: 'Collectivités', managersOnly: true },
  { href: '/console/journal', label: 'Journal', managersOnly: true },
  { href: '/console/parametres', label: 'Paramètres', managersOnly: true },
  { href: '/console/compte', label: 'Mon compte' },
];

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requireStaff();
  return (
    <AppShell
      context="Support"
      homeHref="/console"
      nav={NAV.filter((item) => !item.managersOnly || user.role === 'support_manager')}
      user={{ name: user.name, email: user.email, roleLabel: ROLE_LABELS[user.role] }}
      notifications={{ href: '/console/notifications', unread: await countUnreadNotifications(await getDb(), user.id) }}
    >
      {children}
    </AppShell>
  );
}
