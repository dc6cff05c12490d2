import { reportSearch, type ReportSearch } from '@/lib/search-params/reports';

/**
 * The reports' tables, each downloadable as CSV at /api/rapports/<slug> with the page's filters:
 * the commitments (§13, §14) for everyone in their scope, the usage figures (§17) for managers.
 */
export const REPORT_TABLES = {
  periodes: { area: 'sla', title: 'Prise en charge par période de 12 mois' },
  'prise-en-charge': { area: 'sla', title: 'Prise en charge, mois par mois' },
  'plans-d-action': { area: 'sla', title: 'Plans d’action corrective, mois par mois' },
  corrections: { area: 'sla', title: 'Corrections ou contournements, mois par mois' },
  delais: { area: 'sla', title: 'Délais constatés' },
  'hors-delai': { area: 'sla', title: 'Prises en charge hors délai' },
  retraits: { area: 'sla', title: 'Demandes retirées du calcul' },
  'usage-pages': { area: 'usage', title: 'Pages vues' },
  'usage-jours': { area: 'usage', title: 'Usage jour par jour' },
  'usage-demandes': { area: 'usage', title: 'Demandes par module et canal' },
  'usage-compteurs': { area: 'usage', title: 'Compteurs d’usage bruts' },
} as const satisfies Record<string, { area: 'sla' | 'usage'; title: string }>;

export type ReportTable = keyof typeof REPORT_TABLES;

export function isReportTable(value: string): value is ReportTable {
  return Object.hasOwn(REPORT_TABLES, value);
}

/** The CSV of a table, with the filters the page shows it with. */
export function reportCsvHref(table: ReportTable, search: Partial<ReportSearch>): string {
  return reportSearch.href(`/api/rapports/${table}`, search);
}
