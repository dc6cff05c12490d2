import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { IncidentBanner } from '@/components/availability/incident-banner';
import { getServiceState } from '@/lib/server/availability/get-service-state';
import { getDb } from '@/lib/server/db';
import { countUnreadNotifications } from '@/lib/server/notifications/list-notifications';
import { ROLE_LABELS } from '@/lib/accounts/roles';
import { requireClient } from '@/lib/auth/session';

const NAV = [
  { href: '/', label: 'Accueil' },
  { href: '/demandes', label: 'Demandes' },
  { href: '/faq', label: 'FAQ' },
  { href: '/annonces', label: 'Annonces' },
  { href: '/disponibilite', label: 'Disponibilité' },
  { href: '/rapports', label: 'Rapports' },
  { href: '/compte/utilisateurs', label: 'Utilisateurs', adminsOnly: true },
  { href: '/compte', label: 'Mon compte' },
];

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requireClient();
  const db = await getDb();
  const [unread, service] = await Promise.all([countUnreadNotifications(db, user.id), getServiceState(db, { organizationId: user.organizationId })]);
  return (
    <AppShell
      context={user.organizationName}
      homeHref="/"
      nav={NAV.filter((item) => !item.adminsOnly || user.role === 'client_admin')}
      user={{ name: user.name, email: user.email, roleLabel: ROLE_LABELS[user.role] }}
      notifications={{ href: '/notifications', unread }}
    >
      {service.state !== 'operational' && <IncidentBanner state={service.state} incidents={service.ongoing} timeZone={user.timeZone} />}
      {children}
    </AppShell>
  );
}
