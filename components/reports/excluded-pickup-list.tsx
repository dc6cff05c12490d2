import { Cell, Row, Table } from '@/components/ui/table';
import { formatDateTime } from '@/lib/format/french-date';
import type { ExcludedPickupRow } from '@/lib/reports/pickup-rows';
import { PickupCells, pickupColumns, type PickupCellsOptions } from './pickup-cells';

/** §13: the Demandes a manager took out of the pickup ratio, with the reason the client is shown. */
export function ExcludedPickupList({ rows, ...options }: PickupCellsOptions & { rows: ExcludedPickupRow[] }) {
  return (
    <div className="[&_table]:min-w-[60rem]">
      <Table
        caption="Demandes retirées du calcul"
        captionStyle="hidden"
        columns={[...pickupColumns(options.showOrganization), 'Retirée du calcul le', 'Motif']}
        empty={rows.length === 0 ? 'Aucune demande retirée du calcul sur la période.' : undefined}
      >
        {rows.map((row) => (
          <Row key={row.ticketId}>
            <PickupCells row={row} {...options} />
            <Cell>{formatDateTime(row.excludedAt, options.timeZone)}</Cell>
            <Cell>{row.reason}</Cell>
          </Row>
        ))}
      </Table>
    </div>
  );
}
