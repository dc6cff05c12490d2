/**
 * A SIREN (INSEE's 9-digit company number, which every French commune has) is valid when its
 * Luhn checksum is: doubling every second digit from the right, the digit sum is a multiple of 10.
 * La Poste's SIREN 356000000 is the one known exception, accepted as INSEE does.
 */
export function isValidSiren(value: string): boolean {
  const siren = value.replace(/\s/g, '');
  if (!/^\d{9}$/.test(siren)) return false;
  if (siren === '356000000') return true;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(siren[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** '217 500 016' → '217500016'. */
export function normalizeSiren(value: string): string {
  return value.replace(/\s/g, '');
}
