import type { ReactNode } from 'react';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { formatMonth } from '@/lib/format/french-date';
import { REPORT_STATUS_LABELS, type Compliance, type ReportStatus } from '@/lib/reports/compliance';
import type { KindTrend } from '@/lib/reports/monthly-trend';
import { formatShare } from '@/lib/reports/report-words';

interface TrendTableProps<C extends Compliance> {
  caption: string;
  trend: KindTrend<C>;
  /** The counts shown after met, breached and the rate, by status. */
  more: readonly ReportStatus[];
}

/** A chart's figures as a table: month by month, then the range's total. */
export function TrendTable<C extends Compliance>({ caption, trend, more }: TrendTableProps<C>) {
  const rows: Array<{ month: string | null; compliance: C }> = [...trend.months, { month: null, compliance: trend.total }];
  const cell = (value: ReactNode, key: string) => <Cell key={key}>{value}</Cell>;
  return (
    <div className="[&_table]:min-w-[40rem]">
      <Table
        caption={caption}
        columns={['Mois', REPORT_STATUS_LABELS.met, REPORT_STATUS_LABELS.breached, 'Taux dans le délai', ...more.map((status) => REPORT_STATUS_LABELS[status])]}
      >
        {rows.map(({ month, compliance }) => (
          <Row key={month ?? 'total'} className={month === null ? 'bg-slate-50 font-semibold' : undefined}>
            <RowHeader>{month === null ? 'Total' : formatMonth(month)}</RowHeader>
            {cell(compliance.met, 'met')}
            {cell(compliance.breached, 'breached')}
            {cell(compliance.rate === null ? '—' : formatShare(compliance.rate), 'rate')}
            {more.map((status) => cell(compliance[status], status))}
          </Row>
        ))}
      </Table>
    </div>
  );
}
