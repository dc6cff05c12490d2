import { RATE_SORTS, isMonth, type Month, type RateSort } from '@/lib/availability';
import { oneOf } from './param-codecs';
import { defineSearchParams, paramCodec, type SearchValues } from './search-params';

/** A month 'YYYY-MM' (`?mois=2026-03`); the page decides which months it shows. */
const month = paramCodec<Month | undefined>({
  fallback: undefined,
  decode: (raw) => (isMonth(raw) ? { ok: true, value: raw } : { ok: false, message: 'Mois invalide : indiquez-le sous la forme aaaa-mm.' }),
  encode: (value) => value ?? null,
});

const SORT_SLUGS: Readonly<Record<RateSort, string>> = { rate: 'taux', name: 'nom' };

/** The client's availability page: the month whose incidents are detailed (/disponibilite?mois=2026-03). */
export const portalAvailabilitySearch = defineSearchParams({ month: month.named('mois') });

/** Every organization's rate for a month, in the console and its CSV export (/console/disponibilite?mois=2026-03&tri=nom). */
export const organizationRatesSearch = defineSearchParams({
  month: month.named('mois'),
  sort: oneOf(SORT_SLUGS, { fallback: RATE_SORTS[0] }).named('tri'),
});

export type OrganizationRatesSearch = SearchValues<typeof organizationRatesSearch>;

/** An incident's page, which says what was just done to it (`?fait=ouvert`). */
export const incidentPageSearch = defineSearchParams({ done: oneOf({ opened: 'ouvert', corrected: 'corrige', closed: 'termine' }).named('fait') });
