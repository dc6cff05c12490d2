import { formatRate, monthOf } from '@/lib/availability';
import { toCsv } from '@/lib/accounts/audit-details';
import { zoneName } from '@/lib/format/french-date';
import { organizationRatesSearch } from '@/lib/search-params/availability';
import { withSession } from '@/lib/server/api/route-handler';
import { listOrganizationRates } from '@/lib/server/availability/list-organization-rates';

const minutes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: false });

/**
 * Every organization's rate for a month as CSV (UTF-8 with BOM, semicolons, French decimals), in
 * the page's order; staff only (401 without a session, 403 for clients).
 */
export const GET = withSession('console', async (request, { user, db }) => {
  const now = new Date();
  const search = organizationRatesSearch.parse(new URL(request.url).searchParams);
  const month = search.month ?? monthOf(now, user.timeZone);
  const rows = await listOrganizationRates(db, { actor: user, month, sort: search.sort, now });
  const csv = toCsv([
    ['Collectivité', 'Mois', 'Taux (%)', 'Engagement 99,85 %', 'Indisponibilité comptée (min)', 'Période de référence (min)', 'Fuseau'],
    ...rows.map(({ organization, availability, meetsCommitment }) => [
      organization.name,
      month,
      availability ? formatRate(availability.rate).replace(/\s*%$/, '') : '',
      meetsCommitment === null ? 'Pas encore mesuré' : meetsCommitment ? 'Tenu' : 'Non tenu',
      availability ? minutes.format(availability.downtimeMs / 60_000) : '',
      availability ? minutes.format(availability.referenceMs / 60_000) : '',
      zoneName(organization.timeZone),
    ]),
  ]);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="disponibilite-${month}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
});
