const MAX_LENGTH = 80;

// Letters that Unicode decomposition does not turn into ASCII.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ð: 'd', þ: 'th', ł: 'l', đ: 'd' };

/**
 * The URL name of an article, from its title: lowercase, accents stripped, words joined by
 * hyphens ("Sécurité des échanges COMEDEC" → "securite-des-echanges-comedec").
 */
export function slugify(title: string): string {
  const ascii = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæßøðþłđ]/g, (letter) => LIGATURES[letter] ?? '');
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  // A title of symbols only, or one first word longer than the limit.
  return slug || words[0]?.slice(0, MAX_LENGTH) || 'article';
}

/** `base` if no article has it yet, otherwise the first free `base-2`, `base-3`… */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
