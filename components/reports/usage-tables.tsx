import { Cell, Row, RowHeader, Table } from '@/components/ui/table';
import { formatDate } from '@/lib/format/french-date';
import { ROUTE_PATTERNS } from '@/lib/reports/route-patterns';
import { DEMANDE_ORIGIN_LABELS, DEMANDE_ORIGINS, FAQ_SEARCH_OUTCOME_LABELS, FAQ_SEARCH_OUTCOMES } from '@/lib/reports/usage';
import type { UsageDay, UsageFigures } from '@/lib/reports/usage-figures';
import { CHANNEL_LABELS, TICKET_CHANNELS } from '@/lib/tickets';

/** §17: views per page over the range, most viewed first. */
export function PageViewTable({ figures }: { figures: UsageFigures }) {
  return (
    <Table
      caption="Pages vues"
      captionStyle="hidden"
      columns={['Page', 'Vues']}
      empty={figures.pageViews.length === 0 ? 'Aucune page vue sur la période.' : undefined}
    >
      {figures.pageViews.map(({ pattern, count }) => (
        <Row key={pattern}>
          <RowHeader>{ROUTE_PATTERNS[pattern]}</RowHeader>
          <Cell>{count}</Cell>
        </Row>
      ))}
    </Table>
  );
}

function total(days: readonly UsageDay[]): UsageDay {
  return {
    day: 'total',
    pageViews: days.reduce((sum, day) => sum + day.pageViews, 0),
    faqSearches: Object.fromEntries(
      FAQ_SEARCH_OUTCOMES.map((outcome) => [outcome, days.reduce((sum, day) => sum + day.faqSearches[outcome], 0)]),
    ) as UsageDay['faqSearches'],
    portalDemandes: Object.fromEntries(
      DEMANDE_ORIGINS.map((origin) => [origin, days.reduce((sum, day) => sum + day.portalDemandes[origin], 0)]),
    ) as UsageDay['portalDemandes'],
  };
}

/** §17 day by day: page views, FAQ searches with and without a result, and the portal Demandes that followed one or not. */
export function UsageDayTable({ figures }: { figures: UsageFigures }) {
  const rows = [...figures.days, total(figures.days)];
  return (
    <div className="[&_table]:min-w-[56rem]">
      <Table
        caption="Usage jour par jour"
        captionStyle="hidden"
        columns={[
          'Jour',
          'Pages vues',
          ...FAQ_SEARCH_OUTCOMES.map((outcome) => `Recherches FAQ ${FAQ_SEARCH_OUTCOME_LABELS[outcome].toLowerCase()}`),
          ...DEMANDE_ORIGINS.map((origin) => `Demandes ${DEMANDE_ORIGIN_LABELS[origin].toLowerCase()}`),
        ]}
      >
        {rows.map((day) => (
          <Row key={day.day} className={day.day === 'total' ? 'bg-slate-50 font-semibold' : undefined}>
            <RowHeader className="whitespace-nowrap">{day.day === 'total' ? 'Total' : formatDate(day.day)}</RowHeader>
            <Cell>{day.pageViews}</Cell>
            {FAQ_SEARCH_OUTCOMES.map((outcome) => (
              <Cell key={outcome}>{day.faqSearches[outcome]}</Cell>
            ))}
            {DEMANDE_ORIGINS.map((origin) => (
              <Cell key={origin}>{day.portalDemandes[origin]}</Cell>
            ))}
          </Row>
        ))}
      </Table>
    </div>
  );
}

/** The Demandes registered over the range per module and channel, from the Demandes themselves. */
export function DemandesByModuleTable({ figures }: { figures: UsageFigures }) {
  return (
    <Table
      caption="Demandes par module et canal"
      captionStyle="hidden"
      columns={['Module', ...TICKET_CHANNELS.map((channel) => CHANNEL_LABELS[channel]), 'Total']}
      empty={figures.demandesByModule.length === 0 ? 'Aucune demande enregistrée sur la période.' : undefined}
    >
      {figures.demandesByModule.map((row) => (
        <Row key={row.module}>
          <RowHeader>{row.module}</RowHeader>
          {TICKET_CHANNELS.map((channel) => (
            <Cell key={channel}>{row.byChannel[channel]}</Cell>
          ))}
          <Cell>{row.total}</Cell>
        </Row>
      ))}
    </Table>
  );
}
