/**
 * A row acted on from the keyboard stays where it was, with what was done to it, even once the
 * page's data no longer lists it (taken in charge, it left "Non prises en charge"): the list does
 * not move under the person triaging, and Entrée still opens the Demande just handled.
 */
export interface HeldRow<R> {
  /** The row as it was kept, with its outcome ("Prise en charge par vous"). */
  row: R;
  /** Its place in the list when it was acted on. */
  index: number;
}

type Row = { id: string; outcome?: string | null };

/**
 * The rows as the page lists them now, a held one keeping its outcome, and the held ones the
 * page no longer lists put back at their place.
 */
export function withHeldRows<R extends Row>(rows: readonly R[], held: ReadonlyMap<string, HeldRow<R>>): R[] {
  const merged = rows.map((row) => {
    const kept = held.get(row.id);
    return kept ? { ...row, outcome: kept.row.outcome } : row;
  });
  const listed = new Set(rows.map((row) => row.id));
  const missing = [...held.values()].filter((kept) => !listed.has(kept.row.id)).sort((a, b) => a.index - b.index);
  for (const kept of missing) merged.splice(Math.min(kept.index, merged.length), 0, kept.row);
  return merged;
}
