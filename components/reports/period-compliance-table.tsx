import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { REPORT_STATUS_LABELS, type PickupCompliance } from '@/lib/reports/compliance';
import { formatShare, periodWords } from '@/lib/reports/report-words';
import type { PeriodComplianceRow } from '@/lib/reports/sla-report';
import { Verdict } from './verdict';

interface PeriodComplianceTableProps {
  rows: PeriodComplianceRow[];
  currentOverall: PickupCompliance | null;
  /** A client's report is one organization's: its name is the page's. */
  showOrganization: boolean;
}

/** §13: the pickup ratio per 12-month period of each contract, against its 75 %. */
export function PeriodComplianceTable({ rows, currentOverall, showOrganization }: PeriodComplianceTableProps) {
  const columns = [
    ...(showOrganization ? ['Collectivité'] : []),
    'Période',
    REPORT_STATUS_LABELS.met,
    REPORT_STATUS_LABELS.breached,
    'Taux dans le délai',
    'Objectif 75 %',
    REPORT_STATUS_LABELS.pending,
    REPORT_STATUS_LABELS.excluded,
    REPORT_STATUS_LABELS.cancelled,
  ];
  const cells = (compliance: PickupCompliance, current: boolean) => (
    <>
      <Cell>{compliance.met}</Cell>
      <Cell>{compliance.breached}</Cell>
      <Cell>{compliance.rate === null ? '—' : formatShare(compliance.rate)}</Cell>
      <Cell>
        <Verdict compliance={compliance} current={current} />
      </Cell>
      <Cell>{compliance.pending}</Cell>
      <Cell>{compliance.excluded}</Cell>
      <Cell>{compliance.cancelled}</Cell>
    </>
  );
  return (
    <div className="[&_table]:min-w-[44rem]">
      <Table
        caption="Prise en charge par période de 12 mois"
        captionStyle="hidden"
        columns={columns}
        empty={rows.length === 0 ? 'Aucune période : le support n’a pas commencé.' : undefined}
      >
        {rows.map((row) => {
          const period = (
            <>
              Période {row.period.number}
              <span className="block font-normal text-slate-700">
                {periodWords(row.period, row.timeZone)}
                {row.period.current && ' (en cours)'}
              </span>
            </>
          );
          return (
            <Row key={`${row.organizationId}-${row.period.number}`}>
              {showOrganization ? (
                <>
                  <RowHeader>{row.organizationName}</RowHeader>
                  <Cell>{period}</Cell>
                </>
              ) : (
                <RowHeader>{period}</RowHeader>
              )}
              {cells(row.compliance, row.period.current)}
            </Row>
          );
        })}
        {currentOverall && (
          <Row className="bg-slate-50 font-semibold">
            <RowHeader>Toutes les collectivités</RowHeader>
            <Cell>Périodes en cours</Cell>
            {cells(currentOverall, true)}
          </Row>
        )}
      </Table>
    </div>
  );
}
