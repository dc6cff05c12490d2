/** A Demande's reference, DEM-<year>-<number on 6 digits or more>; never reused (DOMAIN glossary). */
export function formatTicketReference(year: number, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`Numéro de Demande invalide : ${number}`);
  return `DEM-${year}-${String(number).padStart(6, '0')}`;
}

export const TICKET_REFERENCE_PATTERN = /^DEM-\d{4}-\d{6,}$/;
