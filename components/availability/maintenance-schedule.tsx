import { MAINTENANCE_WINDOWS, REFERENCE_PERIOD_LABEL } from '@/lib/availability';
import type { PublicHoliday } from '@/lib/calendar';
import { formatDate, formatDateTime, zoneName } from '@/lib/format/french-date';
import { isOverseas } from '@/lib/time-zones';
import { AnnouncementHeadline } from '@/components/announcements/announcement-headline';
import type { AnnouncementKind } from '@/lib/announcements/kinds';

interface MaintenanceScheduleProps {
  /** The maintenance announced ahead or under way (§5), soonest first. */
  announced: ReadonlyArray<{ id: string; kind: AnnouncementKind; title: string; startsAt: Date | null; endsAt: Date | null }>;
  /** The next French public holidays in the organization's zone. */
  holidays: readonly PublicHoliday[];
  timeZone: string;
}

/**
 * §5: when the service may stop: the maintenance announced, the standing windows (every night,
 * Sundays, public holidays) in the organization's own zone, and the next public holidays.
 */
export function MaintenanceSchedule({ announced, holidays, timeZone }: MaintenanceScheduleProps) {
  const format = (instant: Date) => formatDateTime(instant, timeZone, { showZone: isOverseas(timeZone) });
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="font-semibold">Maintenances annoncées</h3>
        {announced.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700">Aucune maintenance annoncée à venir.</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-3 text-sm">
            {announced.map((announcement) => (
              <li key={announcement.id} className="flex flex-col gap-1">
                <AnnouncementHeadline announcement={announcement} />
                {announcement.startsAt && (
                  <p className="text-slate-700">
                    Du {format(announcement.startsAt)}
                    {announcement.endsAt && ` au ${format(announcement.endsAt)}`}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold">Fenêtres de maintenance permanentes</h3>
        <p className="mt-1 text-sm text-slate-700">
          À l’{zoneName(timeZone)}. Le service peut s’y interrompre ; ce temps n’est jamais compté comme indisponibilité.
        </p>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {MAINTENANCE_WINDOWS.map((window) => (
            <li key={window.code}>{window.label}</li>
          ))}
        </ul>
        <h3 className="mt-4 font-semibold">Prochains jours fériés</h3>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {holidays.map((holiday) => (
            <li key={holiday.date}>
              {formatDate(holiday.date)} ({holiday.name})
            </li>
          ))}
        </ul>
        <h3 className="mt-4 font-semibold">Période de référence du taux</h3>
        <p className="mt-1 text-sm">
          {REFERENCE_PERIOD_LABEL}, à l’{zoneName(timeZone)}.
        </p>
      </div>
    </div>
  );
}
