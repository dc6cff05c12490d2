import { getDb } from '@/lib/server/db';
import { countUnreadNotifications, getEmailPreference, listNotifications } from '@/lib/server/notifications/list-notifications';
import { NotificationList } from './notification-list';
import { NotificationSettings } from './notification-settings';

/** The notifications page of either area, for the signed-in user only. */
export async function NotificationsPage({ userId, ticketBase, timeZone }: { userId: string; ticketBase: '/demandes' | '/console/demandes'; timeZone: string }) {
  const db = await getDb();
  const [items, unread, emailEnabled] = await Promise.all([
    listNotifications(db, { userId }),
    countUnreadNotifications(db, userId),
    getEmailPreference(db, userId),
  ]);
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">Notifications</h1>
        <p role="status" className="text-sm text-slate-700">
          {unread === 0 ? 'Aucune notification non lue.' : `${unread} notification${unread > 1 ? 's' : ''} non lue${unread > 1 ? 's' : ''}.`}
        </p>
        <NotificationList items={items} ticketHref={(reference) => `${ticketBase}/${reference}`} timeZone={timeZone} />
      </div>
      <NotificationSettings emailEnabled={emailEnabled} unread={unread} />
    </div>
  );
}
