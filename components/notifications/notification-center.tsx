import type { FormAction } from '@/lib/forms/action-state';
import type { NotificationCenter as NotificationCenterData } from '@/lib/server/notifications/list-notifications';
import { NotificationList } from './notification-list';
import { NotificationSettings } from './notification-settings';

interface NotificationCenterProps {
  center: NotificationCenterData;
  ticketBase: '/demandes' | '/console/demandes';
  timeZone: string;
  markAllReadAction: FormAction;
  emailPreferenceAction: FormAction;
}

/** The notifications page of either area, for the signed-in user only. */
export function NotificationCenter({ center, ticketBase, timeZone, markAllReadAction, emailPreferenceAction }: NotificationCenterProps) {
  const { items, unread, emailEnabled } = center;
  return (
    <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">Notifications</h1>
        <p role="status" className="text-sm text-slate-700">
          {unread === 0 ? 'Aucune notification non lue.' : `${unread} notification${unread > 1 ? 's' : ''} non lue${unread > 1 ? 's' : ''}.`}
        </p>
        <NotificationList items={items} ticketHref={(reference) => `${ticketBase}/${reference}`} timeZone={timeZone} />
      </div>
      <NotificationSettings emailEnabled={emailEnabled} unread={unread} markAllReadAction={markAllReadAction} emailPreferenceAction={emailPreferenceAction} />
    </div>
  );
}
