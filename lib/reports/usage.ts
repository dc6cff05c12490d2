import { DateTime } from 'luxon';
import { METROPOLITAN_TIME_ZONE } from '@/lib/time-zones';
import type { RoutePattern } from './route-patterns';

/** Whether a FAQ search found something: all that is kept of it (§17), never its words. */
export const FAQ_SEARCH_OUTCOMES = ['with_result', 'without_result'] as const;
export type FaqSearchOutcome = (typeof FAQ_SEARCH_OUTCOMES)[number];

/** What preceded a Demande filed in the portal, in the same browser tab. */
export const DEMANDE_ORIGINS = ['after_search_with_result', 'after_search_without_result', 'without_search'] as const;
export type DemandeOrigin = (typeof DEMANDE_ORIGINS)[number];

/**
 * §17: each usage figure is a count per day of a metric and a key from a closed list — a route
 * pattern or a fixed word —, so nothing stored can name a person, an organization or a Demande.
 */
export type UsageEvent =
  { metric: 'page_view'; key: RoutePattern } | { metric: 'faq_search'; key: FaqSearchOutcome } | { metric: 'portal_demande'; key: DemandeOrigin };

export type UsageMetric = UsageEvent['metric'];

export const USAGE_METRIC_LABELS: Readonly<Record<UsageMetric, string>> = {
  page_view: 'Pages vues',
  faq_search: 'Recherches dans la FAQ',
  portal_demande: 'Demandes déposées dans le portail',
};

export const FAQ_SEARCH_OUTCOME_LABELS: Readonly<Record<FaqSearchOutcome, string>> = {
  with_result: 'Avec résultat',
  without_result: 'Sans résultat',
};

export const DEMANDE_ORIGIN_LABELS: Readonly<Record<DemandeOrigin, string>> = {
  after_search_with_result: 'Après une recherche avec résultat',
  after_search_without_result: 'Après une recherche sans résultat',
  without_search: 'Sans recherche préalable',
};

/** The Demande a portal form files, by the outcome of the last FAQ search of the tab, if any. */
export function demandeOrigin(lastSearch: FaqSearchOutcome | undefined): DemandeOrigin {
  if (lastSearch === 'with_result') return 'after_search_with_result';
  if (lastSearch === 'without_result') return 'after_search_without_result';
  return 'without_search';
}

/**
 * Where a browser tab remembers its last FAQ search's outcome (sessionStorage: gone with the tab),
 * for the next Demande form to say whether a search preceded it. Nothing of it reaches the server
 * but that outcome, with the Demande.
 */
export const FAQ_SEARCH_MARK_KEY = 'guichet:derniere-recherche-faq';

/** The zone of the usage days: the support centre's metropolitan time. */
export const USAGE_TIME_ZONE = METROPOLITAN_TIME_ZONE;

/** The day an instant is counted in, 'YYYY-MM-DD' in USAGE_TIME_ZONE. */
export function usageDay(at: Date): string {
  return DateTime.fromJSDate(at, { zone: USAGE_TIME_ZONE }).toISODate()!;
}
