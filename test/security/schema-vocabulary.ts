/**
 * The words hostile inputs are made of, read from the project's own modules so new forms and
 * lists are covered without listing them: every field name of every zod object exported by
 * lib/validation, every enum and literal value (so some inputs get past the first checks and reach
 * the operations' own), and every search parameter name of the lib/search-params codecs.
 */
export function schemaVocabulary(validation: object[], searchParams: object[]): { fields: string[]; values: string[]; searchKeys: string[] } {
  const fields = new Set<string>(['hours.1.0.start', 'hours.1.0.end', 'closedDays[]', 'x']);
  const values = new Set<string>();
  const searchKeys = new Set<string>(['q', 'x']);
  const seen = new Set<unknown>();

  function walk(node: unknown): void {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return;
    if (def.type === 'object' && def.shape) {
      for (const [key, child] of Object.entries(def.shape as Record<string, unknown>)) {
        fields.add(key);
        walk(child);
      }
    }
    if (def.type === 'enum' && def.entries) for (const value of Object.values(def.entries as Record<string, unknown>)) values.add(String(value));
    if (def.type === 'literal' && Array.isArray(def.values)) for (const value of def.values as unknown[]) values.add(String(value));
    for (const key of ['in', 'out', 'left', 'right', 'innerType', 'element', 'valueType', 'schema']) walk(def[key]);
    if (Array.isArray(def.options)) for (const option of def.options as unknown[]) walk(option);
  }
  for (const loaded of validation) for (const exported of Object.values(loaded)) walk(exported);
  for (const loaded of searchParams) {
    for (const exported of Object.values(loaded)) {
      const names = (exported as { names?: unknown } | null)?.names;
      if (names && typeof names === 'object') for (const name of Object.values(names)) searchKeys.add(String(name));
    }
  }
  return { fields: [...fields].sort(), values: [...values].sort(), searchKeys: [...searchKeys].sort() };
}
