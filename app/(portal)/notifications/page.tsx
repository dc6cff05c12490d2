import type { Metadata } from 'next';
import { NotificationsPage } from '@/components/notifications/notifications-page';
import { requireClient } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { getOrganizationOverview } from '@/lib/server/organizations/get-organization-overview';

export const metadata: Metadata = { title: 'Notifications' };

export default async function PortalNotificationsPage() {
  const user = await requireClient();
  const overview = await getOrganizationOverview(await getDb(), { organizationId: user.organizationId });
  return <NotificationsPage userId={user.id} ticketBase="/demandes" timeZone={overview?.timeZone ?? 'Europe/Paris'} />;
}
