import Link from 'next/link';
import { formatRate, type MonthAvailability } from '@/lib/availability';
import { formatDuration } from '@/lib/format/duration';
import { formatMonth } from '@/lib/format/french-date';
import { portalAvailabilitySearch } from '@/lib/search-params/availability';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { CommitmentVerdict } from './commitment-verdict';

/** The rate of each month with what it is made of (§6: TD = (PRT − TI) / PRT); each month leads to its incidents. */
export function AvailabilityTable({ history, current, shown }: { history: readonly MonthAvailability[]; current: string; shown: string }) {
  return (
    <Table
      caption="Taux de disponibilité par mois"
      captionStyle="label"
      columns={['Mois', 'Taux', 'Engagement de 99,85 %', 'Indisponibilité comptée', 'Période de référence']}
    >
      {history.map((month) => (
        <Row key={month.month} className={month.month === shown ? 'bg-brand-50' : undefined}>
          <RowHeader>
            <Link
              href={`${portalAvailabilitySearch.href('/disponibilite', { month: month.month === current ? undefined : month.month })}#incidents-du-mois`}
              aria-current={month.month === shown ? 'true' : undefined}
              className="text-brand-800 underline"
            >
              {formatMonth(month.month)}
            </Link>
            {month.month === current && <span className="block text-xs font-normal text-slate-700">en cours, jusqu’à maintenant</span>}
          </RowHeader>
          <Cell className="tabular-nums">{month.rate === null ? '—' : formatRate(month.rate)}</Cell>
          <Cell>
            <CommitmentVerdict rate={month.rate} />
          </Cell>
          <Cell>{month.rate === null ? '—' : formatDuration(month.downtimeMs)}</Cell>
          <Cell>{month.rate === null ? 'Aucune encore' : formatDuration(month.referenceMs)}</Cell>
        </Row>
      ))}
    </Table>
  );
}
