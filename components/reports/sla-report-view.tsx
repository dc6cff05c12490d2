import { formatDate } from '@/lib/format/french-date';
import { reportCsvHref } from '@/lib/reports/report-tables';
import type { SlaReport } from '@/lib/reports/sla-report';
import type { ReportSearch } from '@/lib/search-params/reports';
import { CommitmentTrend } from './commitment-trend';
import { DelayTable } from './delay-table';
import { ExcludedPickupList } from './excluded-pickup-list';
import { LatePickupList } from './late-pickup-list';
import { PeriodComplianceTable } from './period-compliance-table';
import { PickupTrend } from './pickup-trend';
import { ReportSection } from './report-section';

interface SlaReportViewProps {
  report: SlaReport;
  /** The page's filters, carried by every CSV link. */
  search: ReportSearch;
  timeZone: string;
  ticketPath: string;
  /** Staff reports span organizations; a client's is their own. */
  showOrganization: boolean;
}

function listed(total: number, shown: number): string {
  if (total <= shown) return '';
  return ` Les ${shown} plus récentes sont affichées ; le CSV les contient toutes (${total}).`;
}

/** §13 and §14 in figures: the page /rapports and /console/rapports share. */
export function SlaReportView({ report, search, timeZone, ticketPath, showOrganization }: SlaReportViewProps) {
  const { range } = report;
  const rangeWords = `du ${formatDate(range.from)} au ${formatDate(range.to)}`;
  const list = { timeZone, ticketPath, showOrganization };
  return (
    <div className="flex flex-col gap-6">
      <ReportSection
        id="periodes"
        title="Prise en charge en 8 heures ouvrées : objectif 75 % des demandes"
        csvHref={reportCsvHref('periodes', search)}
        description={
          <p>
            Évaluée par période de 12 mois à compter du début du support (§13 du livret de service), quelles que soient les dates choisies. Une demande qui
            attend au-delà de son échéance compte hors délai ; celles encore dans leur délai, annulées avant l’échéance ou retirées du calcul par le support
            n’entrent pas dans le taux.
          </p>
        }
      >
        <PeriodComplianceTable rows={report.periods} currentOverall={report.currentOverall} showOrganization={showOrganization} />
      </ReportSection>

      <ReportSection
        id="hors-delai"
        title={`Prises en charge hors délai (${report.late.total})`}
        csvHref={reportCsvHref('hors-delai', search)}
        description={
          <p>
            Demandes enregistrées {rangeWords}, retard compté en heures ouvrées du support.{listed(report.late.total, report.late.rows.length)}
          </p>
        }
      >
        <LatePickupList rows={report.late.rows} {...list} />
      </ReportSection>

      <ReportSection
        id="retraits"
        title={`Demandes retirées du calcul (${report.excluded.total})`}
        csvHref={reportCsvHref('retraits', search)}
        description={
          <p>
            Le support peut retirer une demande du calcul des 75 % lorsque les obligations du client n’étaient pas remplies (§13), avec un motif communiqué au
            client. Demandes enregistrées {rangeWords}.{listed(report.excluded.total, report.excluded.rows.length)}
          </p>
        }
      >
        <ExcludedPickupList rows={report.excluded.rows} {...list} />
      </ReportSection>

      <ReportSection id="evolution-prise-en-charge" title="Évolution de la prise en charge" csvHref={reportCsvHref('prise-en-charge', search)}>
        <PickupTrend trend={report.trend.pickup} />
      </ReportSection>

      <ReportSection
        id="plans-d-action"
        title="Plans d’action corrective : anomalies bloquantes, 12 heures ouvrées"
        csvHref={reportCsvHref('plans-d-action', search)}
        description={<p>Par mois de qualification (§14). Un délai requalifié après son échéance compte hors délai.</p>}
      >
        <CommitmentTrend trend={report.trend.actionPlan} title="Plans d’action corrective" />
      </ReportSection>

      <ReportSection
        id="corrections"
        title="Corrections ou contournements : anomalies majeures, 6 jours ouvrés"
        csvHref={reportCsvHref('corrections', search)}
        description={<p>Par mois de qualification (§14). Un délai requalifié après son échéance compte hors délai.</p>}
      >
        <CommitmentTrend trend={report.trend.remedy} title="Corrections ou contournements" />
      </ReportSection>

      <ReportSection
        id="delais"
        title="Délais constatés"
        csvHref={reportCsvHref('delais', search)}
        description={
          <p>
            Temps ouvré entre le début de chaque délai et ce qu’il devait (prise en charge, plan d’action, correction ou contournement), pour les délais
            commencés {rangeWords}, temps en pause exclu. La médiane et le 90e centile sont des délais constatés : au moins la moitié, ou 90 %, des délais sont
            inférieurs ou égaux (à la minute près). Le temps en pause — attente de la réponse du client, support suspendu — est compté à part.
          </p>
        }
      >
        <DelayTable rows={report.delays} />
      </ReportSection>
    </div>
  );
}
