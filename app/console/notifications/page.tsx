import type { Metadata } from 'next';
import { NotificationsPage } from '@/components/notifications/notifications-page';
import { requireStaff } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Notifications' };

export default async function ConsoleNotificationsPage() {
  const user = await requireStaff();
  return <NotificationsPage userId={user.id} ticketBase="/console/demandes" timeZone="Europe/Paris" />;
}
