import type { PreviewDay } from '@/lib/support/calendar-preview';
import { formatDate } from '@/lib/format/french-date';

function describe(day: PreviewDay): string {
  if (day.open) return day.intervals.map((interval) => `${interval.start} – ${interval.end}`).join(', ');
  switch (day.closure) {
    case 'weekly-closure':
      return day.isoWeekday >= 6 ? 'Fermé — week-end' : 'Fermé — pas d’horaires ce jour-là';
    case 'holiday':
      return `Fermé — jour férié (${day.holidayName ?? 'jour férié'})`;
    case 'closed':
      return 'Fermé — fermeture exceptionnelle';
    default:
      return 'Fermé';
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The next days as the engine counts them: open hours, or why the support is closed. */
export function CalendarPreviewTable({ days, caption }: { days: PreviewDay[]; caption: string }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left font-semibold text-slate-800">{caption}</caption>
      <thead className="border-b border-slate-300 text-slate-700">
        <tr>
          <th scope="col" className="py-1 pr-3">
            Jour
          </th>
          <th scope="col" className="py-1">
            Ouverture
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.date} className={`border-b border-slate-100 ${day.open ? '' : 'text-slate-700'}`}>
            <th scope="row" className="py-1 pr-3 font-medium">
              {capitalized(formatDate(day.date))}
            </th>
            <td className={`py-1 ${day.open ? '' : 'italic'}`}>{describe(day)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
