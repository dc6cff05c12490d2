import { FAQ_MODULES } from '@/lib/faq/modules';
import { oneOf, text } from './param-codecs';
import { defineSearchParams, type SearchValues } from './search-params';

const query = () => text({ max: 200, message: 'La recherche : 200 caractères au plus.' });

/** A search of the FAQ: the portal's box (/faq?q=…) and the new Demande's suggestions (/api/faq/suggestions?q=…). */
export const faqSearch = defineSearchParams({ q: query() });

/** The console's list of articles (/console/faq). */
export const faqListSearch = defineSearchParams({
  q: query(),
  module: oneOf(FAQ_MODULES),
  state: oneOf({ published: 'publiees', draft: 'brouillons' }).named('etat'),
});

export type FaqListSearch = SearchValues<typeof faqListSearch>;

/** `/console/faq/nouvelle?demande=DEM-2026-000123`: a draft from that Demande. */
export const faqDraftSearch = defineSearchParams({ ticketReference: text({ max: 30 }).named('demande') });

/** `/console/faq/<id>?enregistre=publie`: what the article's last save did. */
export const faqSavedSearch = defineSearchParams({ saved: oneOf({ published: 'publie', draft: 'brouillon' }).named('enregistre') });
