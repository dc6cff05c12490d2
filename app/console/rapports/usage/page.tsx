import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportFilters } from '@/components/reports/report-filters';
import { ReportSection } from '@/components/reports/report-section';
import { DemandesByModuleTable, PageViewTable, UsageDayTable } from '@/components/reports/usage-tables';
import { Alert } from '@/components/ui/alert';
import { requireRole } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/french-date';
import { REPORT_FILTER_LABELS } from '@/lib/reports/report-filter-labels';
import { reportCsvHref } from '@/lib/reports/report-tables';
import { reportSearch } from '@/lib/search-params/reports';
import { ignoredNotice } from '@/lib/search-params/search-params';
import { getDb } from '@/lib/server/db';
import { getUsageFigures } from '@/lib/server/reports/get-usage-figures';

export const metadata: Metadata = { title: 'Usage du portail' };

/** §17, for managers: how the portal and the console are used, counted without any personal data. */
export default async function UsagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireRole('support_manager');
  const { values, ignored } = reportSearch.read(await searchParams);
  // Usage is counted per day only: the other filters of the reports do not apply.
  const search = { from: values.from, to: values.to };
  const { figures } = await getUsageFigures(await getDb(), { actor: user, search });
  const notice = [ignoredNotice(ignored, REPORT_FILTER_LABELS), figures.range.notice].filter(Boolean).join(' ');
  const shown = { from: figures.range.from, to: figures.range.to };
  const rangeWords = `du ${formatDate(figures.range.from)} au ${formatDate(figures.range.to)}`;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Usage du portail</h1>
          <p className="text-slate-700">
            Ce qui est compté pour améliorer le service, sans aucune donnée personnelle (§17 du livret de service) : par jour, un nombre de pages vues par page,
            de recherches dans la FAQ avec ou sans résultat, de demandes déposées après une recherche ou sans. Ni personne, ni adresse, ni identifiant, ni texte
            de recherche n’est conservé. Jours à l’heure de Paris.
          </p>
        </div>
        <Link href="/console/rapports" className="text-sm font-medium text-brand-800 underline">
          Engagements de service
        </Link>
      </div>
      {notice && <Alert tone="info">{notice}</Alert>}
      <section aria-label="Filtres" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <ReportFilters search={reportSearch.normalize(shown)} path="/console/rapports/usage" modules={[]} datesOnly />
      </section>
      <ReportSection id="pages" title="Pages vues" csvHref={reportCsvHref('usage-pages', shown)} description={<p>Par page, {rangeWords}.</p>}>
        <PageViewTable figures={figures} />
      </ReportSection>
      <ReportSection
        id="jours"
        title="Jour par jour"
        csvHref={reportCsvHref('usage-jours', shown)}
        description={
          <p>
            Une demande suit une recherche quand elle est déposée dans le même onglet du navigateur après une recherche dans la FAQ ; seul le fait qu’il y ait
            eu une recherche, avec ou sans résultat, est transmis avec la demande.
          </p>
        }
      >
        <UsageDayTable figures={figures} />
      </ReportSection>
      <ReportSection
        id="modules"
        title="Demandes par module et canal"
        csvHref={reportCsvHref('usage-demandes', shown)}
        description={<p>Demandes enregistrées {rangeWords}, toutes collectivités.</p>}
      >
        <DemandesByModuleTable figures={figures} />
      </ReportSection>
      <p className="text-sm text-slate-700">
        <a href={reportCsvHref('usage-compteurs', shown)} download className="font-medium text-brand-800 underline">
          Télécharger les compteurs tels qu’ils sont enregistrés (CSV)
        </a>{' '}
        : jour, mesure, clé (une page par son modèle d’adresse, ou un mot fixe) et nombre — rien d’autre n’est conservé.
      </p>
    </div>
  );
}
