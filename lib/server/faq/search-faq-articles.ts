import 'server-only';
import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { faqArticles } from '@/db/schema';
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from '@/lib/faq/highlight';
import type { FaqModule } from '@/lib/faq/modules';
import { prefixQuery } from '@/lib/faq/search-terms';
import { faqSearch } from '@/lib/search-params/faq';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';
import { visibleFaqArticles } from './faq-access';

export interface FaqSearchResult {
  id: string;
  slug: string;
  title: string;
  module: string;
  published: boolean;
  /** The title with every matched word between HIGHLIGHT_START and HIGHLIGHT_STOP. */
  titleHeadline: string;
  /** One or two passages of the answer, as plain text, matches marked the same way. */
  excerptHeadline: string;
}

interface SearchFaqArticlesInput {
  actor: Actor;
  query: string;
  module?: FaqModule;
  limit?: number;
}

const MARKERS = HIGHLIGHT_START + HIGHLIGHT_STOP;
const TITLE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;
const EXCERPT_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * §15: the FAQ searched in French, accents ignored ("securite" finds "sécurité"), best answers
 * first (ts_rank_cd, the title weighing more than the answer). The words as typed first
 * (websearch syntax: "phrase", -mot, or); when nothing matches, each word as a prefix, so a
 * half-typed word still finds. Clients search published articles only.
 */
export async function searchFaqArticles(db: Executor, { actor, query, module, limit = 20 }: SearchFaqArticlesInput): Promise<FaqSearchResult[]> {
  // The URL's codec: control characters (NUL among them) never reach PostgreSQL; too long is refused, as the search box says.
  const { values, ignored } = faqSearch.read({ q: query });
  if (ignored[0]) throw new ServiceError('invalid', ignored[0].message, { q: ignored[0].message });
  const search = values.q;
  if (!search) return [];
  const scope = and(visibleFaqArticles(actor), module ? eq(faqArticles.module, module) : undefined);
  const exact = await matching(db, sql`websearch_to_tsquery('french_unaccent', ${search})`, scope, limit);
  if (exact.length > 0) return exact;
  const prefixes = prefixQuery(search);
  return prefixes ? matching(db, sql`to_tsquery('french_unaccent', ${prefixes})`, scope, limit) : [];
}

function matching(db: Executor, tsquery: SQL, scope: SQL | undefined, limit: number): Promise<FaqSearchResult[]> {
  // The markers are taken out of the text first, so every marker in a headline is ts_headline's.
  const title = sql`translate(${faqArticles.title}, ${MARKERS}, '')`;
  return db
    .select({
      id: faqArticles.id,
      slug: faqArticles.slug,
      title: faqArticles.title,
      module: faqArticles.module,
      published: faqArticles.published,
      titleHeadline: sql<string>`ts_headline('french_unaccent', ${title}, ${tsquery}, ${TITLE_OPTIONS})`,
      excerptHeadline: sql<string>`ts_headline('french_unaccent', ${plainText(faqArticles.body)}, ${tsquery}, ${EXCERPT_OPTIONS})`,
    })
    .from(faqArticles)
    .where(and(sql`${faqArticles.search} @@ ${tsquery}`, scope))
    .orderBy(desc(sql`ts_rank_cd(${faqArticles.search}, ${tsquery})`), desc(faqArticles.views), asc(faqArticles.title))
    .limit(limit);
}

/** Markdown as readable text for an excerpt: links and images give their text, markup signs go. */
function plainText(markdown: SQL | typeof faqArticles.body): SQL {
  const linksAsText = sql`regexp_replace(${markdown}, ${'!?\\[([^\\]]*)\\]\\([^)]*\\)'}, ${'\\1'}, 'g')`;
  const withoutMarkup = sql`regexp_replace(${linksAsText}, ${`[#*_\`>~|\\[\\]${MARKERS}]+`}, ' ', 'g')`;
  return sql`regexp_replace(${withoutMarkup}, ${'\\s+'}, ' ', 'g')`;
}
