/** §3: the product's modules a contract may cover, named with their accents everywhere they are stored and shown. */
export const PRODUCT_MODULES = ['État civil', 'Élections', 'COMEDEC', 'Cimetières'] as const;

// Before migration 0013 two modules were stored without their accents; the audit log, which is
// never rewritten, still says them so.
const FORMER_NAMES: Readonly<Record<string, string>> = { 'Etat civil': 'État civil', Elections: 'Élections' };

/** A module's name as people read it, from what was stored at any time. */
export function moduleName(stored: string): string {
  return FORMER_NAMES[stored] ?? stored;
}
