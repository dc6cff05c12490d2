import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
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
    <Table caption={caption} columns={['Jour', 'Ouverture']}>
      {days.map((day) => (
        <Row key={day.date} className={day.open ? undefined : 'text-slate-700'}>
          <RowHeader>{capitalized(formatDate(day.date))}</RowHeader>
          <Cell className={day.open ? undefined : 'italic'}>{describe(day)}</Cell>
        </Row>
      ))}
    </Table>
  );
}
