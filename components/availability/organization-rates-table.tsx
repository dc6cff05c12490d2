import { formatRate, type OrganizationRate } from '@/lib/availability';
import { formatDuration } from '@/lib/format/duration';
import { zoneName } from '@/lib/format/french-date';
import type { RatedOrganization } from '@/lib/server/availability/list-organization-rates';
import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { CommitmentVerdict } from './commitment-verdict';

/** Every organization's rate for the month; those under the commitment stand out in words, weight and tint. */
export function OrganizationRatesTable({ rows, caption }: { rows: readonly OrganizationRate<RatedOrganization>[]; caption: string }) {
  return (
    <Table
      caption={caption}
      captionStyle="hidden"
      columns={['Collectivité', 'Taux', 'Engagement de 99,85 %', 'Indisponibilité comptée', 'Période de référence', 'Fuseau']}
      empty={rows.length === 0 && 'Aucune collectivité.'}
    >
      {rows.map(({ organization, availability, meetsCommitment }) => {
        const under = meetsCommitment === false;
        return (
          <Row key={organization.id} className={under ? 'bg-red-50 font-semibold' : undefined}>
            <RowHeader>{organization.name}</RowHeader>
            <Cell className="tabular-nums">{availability ? formatRate(availability.rate) : '—'}</Cell>
            <Cell>
              <CommitmentVerdict rate={availability?.rate ?? null} />
            </Cell>
            <Cell>{availability ? formatDuration(availability.downtimeMs) : '—'}</Cell>
            <Cell>{availability ? formatDuration(availability.referenceMs) : 'Aucune encore'}</Cell>
            <Cell>{zoneName(organization.timeZone)}</Cell>
          </Row>
        );
      })}
    </Table>
  );
}
