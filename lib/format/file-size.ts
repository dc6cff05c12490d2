const UNITS = ['ko', 'Mo', 'Go'] as const;
const STEP = 1024;
const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, useGrouping: false });

/**
 * The one way a file's size is written for people: "850 octets", "12 ko", "3,4 Mo".
 * Binary steps, as the 10 Mo attachment limit is counted (`MAX_ATTACHMENT_BYTES`).
 * Bytes are exact, kilo-octets whole, larger units keep one decimal.
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError(`Taille invalide : ${bytes}`);
  if (bytes < STEP) return bytes < 2 ? `${bytes} octet` : `${bytes} octets`;
  let value = bytes / STEP;
  let unit = 0;
  // A value that would round up to the next step is written in the next unit ("1 Mo", not "1024 ko").
  while (unit < UNITS.length - 1 && round(value, unit) >= STEP) {
    value /= STEP;
    unit += 1;
  }
  return `${NUMBER.format(round(value, unit))} ${UNITS[unit]}`;
}

function round(value: number, unit: number): number {
  return unit === 0 ? Math.round(value) : Math.round(value * 10) / 10;
}
