import { formatDate } from '@/lib/format/french-date';
import { CHANNEL_LABELS, TICKET_CHANNELS } from '@/lib/tickets';
import type { CsvRows } from './report-csv';
import { isRoutePattern, ROUTE_PATTERNS } from './route-patterns';
import { DEMANDE_ORIGIN_LABELS, DEMANDE_ORIGINS, FAQ_SEARCH_OUTCOME_LABELS, FAQ_SEARCH_OUTCOMES, USAGE_METRIC_LABELS, type UsageMetric } from './usage';
import type { UsageCounter, UsageFigures } from './usage-figures';

/** §17's tables as CSV rows, as lib/reports/report-csv does for the commitments. */
export function pageViewsCsv(figures: UsageFigures): CsvRows {
  return [['Page', 'Adresse', 'Vues'], ...figures.pageViews.map(({ pattern, count }) => [ROUTE_PATTERNS[pattern], pattern, String(count)])];
}

export function usageDaysCsv(figures: UsageFigures): CsvRows {
  return [
    [
      'Jour',
      USAGE_METRIC_LABELS.page_view,
      ...FAQ_SEARCH_OUTCOMES.map((outcome) => `${USAGE_METRIC_LABELS.faq_search} : ${FAQ_SEARCH_OUTCOME_LABELS[outcome].toLowerCase()}`),
      ...DEMANDE_ORIGINS.map((origin) => `${USAGE_METRIC_LABELS.portal_demande} : ${DEMANDE_ORIGIN_LABELS[origin].toLowerCase()}`),
    ],
    ...figures.days.map((day) => [
      formatDate(day.day),
      String(day.pageViews),
      ...FAQ_SEARCH_OUTCOMES.map((outcome) => String(day.faqSearches[outcome])),
      ...DEMANDE_ORIGINS.map((origin) => String(day.portalDemandes[origin])),
    ]),
  ];
}

export function demandesByModuleCsv(figures: UsageFigures): CsvRows {
  return [
    ['Module', ...TICKET_CHANNELS.map((channel) => CHANNEL_LABELS[channel]), 'Total'],
    ...figures.demandesByModule.map((row) => [row.module, ...TICKET_CHANNELS.map((channel) => String(row.byChannel[channel])), String(row.total)]),
  ];
}

/** The counters exactly as stored (day, metric, key, count), with what each key means. */
export function usageCountersCsv(counters: readonly UsageCounter[]): CsvRows {
  return [
    ['Jour', 'Mesure', 'Clé', 'Libellé', 'Nombre'],
    ...counters.map((counter) => [counter.day, counter.metric, counter.key, keyLabel(counter.metric, counter.key), String(counter.count)]),
  ];
}

function keyLabel(metric: UsageMetric, key: string): string {
  if (metric === 'page_view') return isRoutePattern(key) ? ROUTE_PATTERNS[key] : '';
  if (metric === 'faq_search') return (FAQ_SEARCH_OUTCOME_LABELS as Record<string, string>)[key] ?? '';
  return (DEMANDE_ORIGIN_LABELS as Record<string, string>)[key] ?? '';
}
