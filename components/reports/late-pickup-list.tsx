import { Row, Table } from '@/components/ui/table';
import type { PickupRow } from '@/lib/reports/pickup-rows';
import { PickupCells, pickupColumns, type PickupCellsOptions } from './pickup-cells';

/** §13: the Demandes taken in charge late, or still waiting past their deadline, with their lateness in business hours. */
export function LatePickupList({ rows, ...options }: PickupCellsOptions & { rows: PickupRow[] }) {
  return (
    <div className="[&_table]:min-w-[56rem]">
      <Table
        caption="Prises en charge hors délai"
        captionStyle="hidden"
        columns={pickupColumns(options.showOrganization)}
        empty={rows.length === 0 ? 'Aucune prise en charge hors délai sur la période.' : undefined}
      >
        {rows.map((row) => (
          <Row key={row.ticketId}>
            <PickupCells row={row} {...options} />
          </Row>
        ))}
      </Table>
    </div>
  );
}
