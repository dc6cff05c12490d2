import { ROLE_LABELS } from '@/lib/accounts/roles';
import type { Role } from '@/lib/accounts/roles';

const REASONS: Record<string, string> = {
  'unknown-email': 'adresse inconnue',
  'wrong-password': 'mot de passe incorrect',
  deactivated: 'compte désactivé',
  'wrong-code': 'code de double authentification incorrect',
  throttled: 'trop de tentatives',
};

/** An audit row's details in a short French sentence for the journal and its CSV export. */
export function describeAuditDetails(details: Record<string, unknown> | null): string {
  if (!details) return '';
  const parts: string[] = [];
  if (typeof details.reason === 'string') parts.push(REASONS[details.reason] ?? details.reason);
  if (typeof details.email === 'string') parts.push(details.email);
  if (typeof details.from === 'string' && typeof details.to === 'string') {
    parts.push(`${ROLE_LABELS[details.from as Role] ?? details.from} → ${ROLE_LABELS[details.to as Role] ?? details.to}`);
  } else if (typeof details.role === 'string') {
    parts.push(ROLE_LABELS[details.role as Role] ?? details.role);
  }
  if (typeof details.namedUserLimit === 'number') parts.push(`${details.namedUserLimit} utilisateurs nommés`);
  if (details.after && typeof details.after === 'object') parts.push(`après : ${JSON.stringify(details.after)}`);
  if (typeof details.previousReason === 'string') parts.push(`motif levé : ${details.previousReason}`);
  if (details.initial === true) parts.push('mot de passe initial remplacé');
  if (typeof details.name === 'string' && !details.email) parts.push(details.name);
  if (typeof details.title === 'string') parts.push(`« ${details.title} »`);
  return parts.join(' · ');
}

/** RFC 4180 CSV with a BOM and semicolons, so that a French Excel opens it as columns. */
export function toCsv(rows: string[][]): string {
  const escape = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
  const neutralize = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  return `\uFEFF${rows.map((row) => row.map((cell) => escape(neutralize(cell))).join(';')).join('\r\n')}\r\n`;
}
