import type { Metadata } from 'next';
import Link from 'next/link';
import { OrganizationRatesTable } from '@/components/availability/organization-rates-table';
import { buttonClasses } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { requireStaff } from '@/lib/auth/session';
import { AVAILABILITY_COMMITMENT, RATE_SORTS, RATE_SORT_LABELS, formatRate, monthOf, monthsEnding } from '@/lib/availability';
import { formatMonth } from '@/lib/format/french-date';
import { organizationRatesSearch } from '@/lib/search-params/availability';
import { listOrganizationRates } from '@/lib/server/availability/list-organization-rates';
import { getDb } from '@/lib/server/db';

export const metadata: Metadata = { title: 'Disponibilité par collectivité' };

// The months offered in the picker; another one stays reachable by its address.
const MONTHS_OFFERED = 24;

export default async function OrganizationRatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaff();
  const now = new Date();
  const search = organizationRatesSearch.parse(await searchParams);
  const current = monthOf(now, user.timeZone);
  const month = search.month ?? current;
  const { sort } = search;
  const rows = await listOrganizationRates(await getDb(), { actor: user, month, sort, now });
  const under = rows.filter((row) => row.meetsCommitment === false).length;
  const offered = [...new Set([month, ...monthsEnding(current, MONTHS_OFFERED)])].sort().reverse();
  const fields = organizationRatesSearch.fields({ month, sort });

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Taux de disponibilité par collectivité</h1>
          <p className="max-w-3xl text-slate-700">
            {formatMonth(month)}
            {month === current && ', jusqu’à maintenant'} : chaque collectivité dans son fuseau, avec ses jours de fermeture, des incidents qui la touchent
            (§6). Engagement : {formatRate(AVAILABILITY_COMMITMENT)} au moins.
          </p>
        </div>
        <Link href="/console/incidents" className={buttonClasses('secondary')}>
          Incidents
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <SelectField label="Mois" name={fields.month.name} defaultValue={month} options={offered.map((value) => ({ value, label: formatMonth(value) }))} />
        {fields.sort.value && <input type="hidden" name={fields.sort.name} value={fields.sort.value} />}
        <button type="submit" className={buttonClasses('secondary')}>
          Afficher
        </button>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Ordre de la liste" className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-semibold">Trier par :</span>
          {RATE_SORTS.map((value) => (
            <Link
              key={value}
              href={organizationRatesSearch.href('/console/disponibilite', { month, sort: value })}
              aria-current={value === sort ? 'true' : undefined}
              className="rounded-md px-2 py-1 text-brand-800 underline aria-[current=true]:bg-brand-50 aria-[current=true]:font-semibold aria-[current=true]:no-underline"
            >
              {RATE_SORT_LABELS[value]}
            </Link>
          ))}
        </nav>
        <a href={organizationRatesSearch.href('/api/disponibilite', { month, sort })} className={buttonClasses('secondary')} download>
          Exporter en CSV
        </a>
      </div>
      <p role="status" className="font-semibold">
        {rows.length} collectivité{rows.length > 1 ? 's' : ''}
        {under === 0 ? ', toutes à l’engagement ou au-dessus.' : `, dont ${under} sous l’engagement (signalée${under > 1 ? 's' : ''} « ✗ Non tenu »).`}
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-4">
        <OrganizationRatesTable rows={rows} caption={`Taux de disponibilité de ${formatMonth(month)} par collectivité`} />
      </div>
    </div>
  );
}
