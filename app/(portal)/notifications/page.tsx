import type { Metadata } from 'next';
import { emailPreferenceAction, markAllReadAction } from '@/app/(auth)/compte/actions';
import { NotificationCenter } from '@/components/notifications/notification-center';
import { requireClient } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { getNotificationCenter } from '@/lib/server/notifications/list-notifications';

export const metadata: Metadata = { title: 'Notifications' };

export default async function PortalNotificationsPage() {
  const user = await requireClient();
  const center = await getNotificationCenter(await getDb(), user.id);
  return (
    <NotificationCenter
      center={center}
      ticketBase="/demandes"
      timeZone={user.timeZone}
      markAllReadAction={markAllReadAction}
      emailPreferenceAction={emailPreferenceAction}
    />
  );
}
