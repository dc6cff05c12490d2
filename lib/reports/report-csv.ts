import { formatDateTime, formatDeadline, formatMonth } from '@/lib/format/french-date';
import { businessDurationWords, CLOCK_KIND_LABELS } from '@/lib/sla';
import { CHANNEL_LABELS, SEVERITY_LABELS } from '@/lib/tickets';
import { REPORT_STATUS_LABELS, type Compliance, type ReportStatus } from './compliance';
import type { KindTrend } from './monthly-trend';
import { pickupStateWords, type PickupRow } from './pickup-rows';
import { hoursForSpreadsheet, periodWords, pickupVerdict, shareForSpreadsheet } from './report-words';
import type { DelayRow, PeriodComplianceRow, SlaReport } from './sla-report';

/**
 * The reports' tables as CSV rows (lib/accounts `toCsv` writes them): French headers, instants in
 * the reader's zone as the pages write them, durations in hours and shares in percent as numbers a
 * spreadsheet computes with. One function per table of the pages.
 */
export type CsvRows = string[][];

const COUNT_HEADERS = [REPORT_STATUS_LABELS.met, REPORT_STATUS_LABELS.breached, REPORT_STATUS_LABELS.pending];

function countCells(compliance: Compliance): string[] {
  return [compliance.met, compliance.breached, compliance.pending].map(String);
}

export function periodsCsv(rows: readonly PeriodComplianceRow[], overall: SlaReport['currentOverall']): CsvRows {
  const lines = rows.map((row) => [
    row.organizationName,
    `Période ${row.period.number} ${periodWords(row.period, row.timeZone)}${row.period.current ? ' (en cours)' : ''}`,
    ...countCells(row.compliance),
    String(row.compliance.excluded),
    String(row.compliance.cancelled),
    shareForSpreadsheet(row.compliance.rate),
    pickupVerdict(row.compliance, row.period.current),
  ]);
  if (overall) {
    lines.push([
      'Toutes les collectivités',
      'Périodes en cours',
      ...countCells(overall),
      String(overall.excluded),
      String(overall.cancelled),
      shareForSpreadsheet(overall.rate),
      pickupVerdict(overall, true),
    ]);
  }
  return [
    ['Collectivité', 'Période', ...COUNT_HEADERS, REPORT_STATUS_LABELS.excluded, REPORT_STATUS_LABELS.cancelled, 'Taux dans le délai (%)', 'Objectif 75 %'],
    ...lines,
  ];
}

/** A kind's trend, month by month then the range's total, with the columns of its table on the page. */
export function trendCsv(trend: KindTrend, more: readonly ReportStatus[]): CsvRows {
  return [
    ['Mois', ...COUNT_HEADERS.slice(0, 2), 'Taux dans le délai (%)', ...more.map((status) => REPORT_STATUS_LABELS[status])],
    ...[...trend.months, { month: null, compliance: trend.total }].map(({ month, compliance }) => [
      month === null ? 'Total' : formatMonth(month),
      String(compliance.met),
      String(compliance.breached),
      shareForSpreadsheet(compliance.rate),
      ...more.map((status) => String(compliance[status])),
    ]),
  ];
}

export function delaysCsv(rows: readonly DelayRow[]): CsvRows {
  const hours = (ms: number | null) => (ms === null ? '' : hoursForSpreadsheet(ms));
  return [
    [
      'Engagement',
      'Livrés',
      'Délai médian (heures ouvrées)',
      'Délai au 90e centile (heures ouvrées)',
      'Mis en pause',
      'Pause médiane (heures ouvrées)',
      'Pause au 90e centile (heures ouvrées)',
      'Pause totale (heures ouvrées)',
    ],
    ...rows.map((row) => [
      CLOCK_KIND_LABELS[row.kind],
      String(row.delivered.count),
      hours(row.delivered.median),
      hours(row.delivered.p90),
      String(row.paused.count),
      hours(row.paused.median),
      hours(row.paused.p90),
      hours(row.paused.total),
    ]),
  ];
}

const PICKUP_HEADERS = ['Référence', 'Collectivité', 'Module', 'Canal', 'Criticité', 'Enregistrée le', 'Échéance de prise en charge', 'Prise en charge'];

function pickupCells(row: PickupRow, timeZone: string): string[] {
  return [
    row.reference,
    row.organizationName,
    row.module,
    CHANNEL_LABELS[row.channel],
    row.severity ? SEVERITY_LABELS[row.severity] : '',
    formatDateTime(row.receivedAt, timeZone),
    formatDeadline(row.dueAt, timeZone),
    pickupStateWords(row, timeZone),
  ];
}

export function latePickupsCsv(rows: readonly PickupRow[], timeZone: string): CsvRows {
  return [
    [...PICKUP_HEADERS, 'Retard (heures ouvrées)', 'Retard'],
    ...rows.map((row) => [...pickupCells(row, timeZone), hoursForSpreadsheet(row.latenessMs), businessDurationWords('pickup', row.latenessMs)]),
  ];
}

export function excludedPickupsCsv(rows: SlaReport['excluded']['rows'], timeZone: string): CsvRows {
  return [
    [...PICKUP_HEADERS, 'Retard (heures ouvrées)', 'Retirée du calcul le', 'Motif'],
    ...rows.map((row) => [...pickupCells(row, timeZone), hoursForSpreadsheet(row.latenessMs), formatDateTime(row.excludedAt, timeZone), row.reason]),
  ];
}
