import type { Metadata } from 'next';
import { emailPreferenceAction, markAllReadAction } from '@/app/(auth)/compte/actions';
import { NotificationCenter } from '@/components/notifications/notification-center';
import { requireStaff } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { getNotificationCenter } from '@/lib/server/notifications/list-notifications';
import { getSupportTimeZone } from '@/lib/server/support/get-support-time-zone';

export const metadata: Metadata = { title: 'Notifications' };

export default async function ConsoleNotificationsPage() {
  const user = await requireStaff();
  const db = await getDb();
  const [center, timeZone] = await Promise.all([getNotificationCenter(db, user.id), getSupportTimeZone(db)]);
  return (
    <NotificationCenter
      center={center}
      ticketBase="/console/demandes"
      timeZone={timeZone}
      markAllReadAction={markAllReadAction}
      emailPreferenceAction={emailPreferenceAction}
    />
  );
}
