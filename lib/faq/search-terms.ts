/**
 * The words of a search as a prefix query for PostgreSQL's to_tsquery: every word must start
 * a word of the article ("secu mot" → "secu:* & mot:*"), so a half-typed word still finds.
 * Only letters and digits survive, so the result is always valid tsquery syntax; null when
 * no word is left.
 */
export function prefixQuery(search: string): string | null {
  const words = search.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, 12)
    .map((word) => `${word}:*`)
    .join(' & ');
}
