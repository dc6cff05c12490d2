import Link from 'next/link';
import { Cell, RowHeader } from '@/components/ui/table';
import { formatDateTime, formatDeadline } from '@/lib/format/french-date';
import { pickupStateWords, type PickupRow } from '@/lib/reports/pickup-rows';
import { businessDurationWords } from '@/lib/sla';

export interface PickupCellsOptions {
  /** The reader's zone. */
  timeZone: string;
  /** Where a Demande opens: '/demandes' in the portal, '/console/demandes' in the console. */
  ticketPath: string;
  showOrganization: boolean;
}

/** The headers of PickupCells, in order. */
export function pickupColumns(showOrganization: boolean): string[] {
  return ['Demande', ...(showOrganization ? ['Collectivité'] : []), 'Module', 'Enregistrée le', 'Échéance de prise en charge', 'Prise en charge', 'Délai'];
}

/** A Demande's pickup in a row: its reference, registration, deadline, what happened and how late. */
export function PickupCells({ row, timeZone, ticketPath, showOrganization }: PickupCellsOptions & { row: PickupRow }) {
  return (
    <>
      <RowHeader>
        <Link href={`${ticketPath}/${row.reference}`} className="whitespace-nowrap text-brand-800 underline">
          {row.reference}
        </Link>
      </RowHeader>
      {showOrganization && <Cell>{row.organizationName}</Cell>}
      <Cell>{row.module}</Cell>
      <Cell>{formatDateTime(row.receivedAt, timeZone)}</Cell>
      <Cell>{formatDeadline(row.dueAt, timeZone)}</Cell>
      <Cell>{pickupStateWords(row, timeZone)}</Cell>
      <Cell className={row.late ? 'font-semibold' : undefined}>
        {row.late ? `${businessDurationWords('pickup', row.latenessMs)} de retard` : 'Dans le délai'}
      </Cell>
    </>
  );
}
