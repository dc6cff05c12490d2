import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import type { DelayRow } from '@/lib/reports/sla-report';
import { businessDurationWords, CLOCK_KIND_LABELS, type ClockKind } from '@/lib/sla';

function words(kind: ClockKind, ms: number | null): string {
  return ms === null ? '—' : businessDurationWords(kind, ms);
}

/**
 * §13, §14: how long it took, in business time, from each clock's start to what it owed — median
 * and 90th percentile —, and the time spent paused (waiting for the client), shown apart.
 */
export function DelayTable({ rows }: { rows: DelayRow[] }) {
  return (
    <div className="[&_table]:min-w-[52rem]">
      <Table
        caption="Délais constatés"
        captionStyle="hidden"
        columns={['Engagement', 'Livrés', 'Délai médian', 'Délai au 90e centile', 'Mis en pause', 'Pause médiane', 'Pause au 90e centile', 'Pause totale']}
      >
        {rows.map((row) => (
          <Row key={row.kind}>
            <RowHeader>{CLOCK_KIND_LABELS[row.kind]}</RowHeader>
            <Cell>{row.delivered.count}</Cell>
            <Cell>{words(row.kind, row.delivered.median)}</Cell>
            <Cell>{words(row.kind, row.delivered.p90)}</Cell>
            <Cell>{row.paused.count}</Cell>
            <Cell>{words(row.kind, row.paused.median)}</Cell>
            <Cell>{words(row.kind, row.paused.p90)}</Cell>
            <Cell>{row.paused.count === 0 ? '—' : words(row.kind, row.paused.total)}</Cell>
          </Row>
        ))}
      </Table>
    </div>
  );
}
