import { AUDIT_ACTIONS, type AuditAction } from '@/lib/accounts/audit-actions';
import { moduleName } from '@/lib/accounts/product-modules';
import { ROLE_LABELS, type Role } from '@/lib/accounts/roles';
import { INCIDENT_CAUSE_LABELS, type IncidentCause } from '@/lib/availability';
import { formatDate } from '@/lib/format/french-date';
import { FRENCH_TIME_ZONE_VALUES, zoneName } from '@/lib/time-zones';

const REASONS: Record<string, string> = {
  'unknown-email': 'adresse inconnue',
  'wrong-password': 'mot de passe incorrect',
  deactivated: 'compte désactivé',
  'wrong-code': 'code de double authentification incorrect',
  throttled: 'trop de tentatives',
};

type Details = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const record = (value: unknown): Details => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Details) : {});
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

function roleWords(value: unknown): string {
  const role = text(value);
  return role && Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as Role] : 'rôle inconnu';
}

/** "lundi 5 janvier 2026" for a stored calendar date; null for anything else. */
function dateWords(value: unknown): string | null {
  const date = text(value);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  try {
    return formatDate(date);
  } catch {
    return null;
  }
}

/** "heure de La Réunion" for a zone of the list; null for anything else. */
function zoneWords(value: unknown): string | null {
  const zone = text(value);
  return zone && (FRENCH_TIME_ZONE_VALUES as readonly string[]).includes(zone) ? zoneName(zone) : null;
}

function modulesWords(value: unknown): string {
  const modules = list(value).map(moduleName);
  return modules.length > 0 ? modules.join(', ') : 'aucun module';
}

function closedDaysWords(value: unknown): string {
  const days = list(value).map((day) => dateWords(day) ?? 'date inconnue');
  return days.length > 0 ? days.join(', ') : 'aucun';
}

function usersWords(value: unknown): string | null {
  return typeof value === 'number' ? `${value} utilisateur${value > 1 ? 's' : ''} nommé${value > 1 ? 's' : ''}` : null;
}

/** "Nom : « A » devient « B »" for each field that changed, in the given order. */
function changes(before: Details, after: Details, fields: ReadonlyArray<[key: string, label: string, words: (value: unknown) => string]>): string {
  const parts = fields
    .filter(([key]) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .map(([key, label, words]) => `${label} : ${words(before[key])} devient ${words(after[key])}`);
  return parts.length > 0 ? `${parts.join(' ; ')}.` : 'Aucun changement.';
}

const quoted = (value: unknown) => (text(value) ? `« ${text(value)} »` : 'vide');

const ORGANIZATION_FIELDS: ReadonlyArray<[string, string, (value: unknown) => string]> = [
  ['name', 'nom', quoted],
  ['siren', 'SIREN', (value) => text(value) ?? 'aucun'],
  ['timeZone', 'fuseau', (value) => zoneWords(value) ?? 'inconnu'],
  ['closedDays', 'jours de fermeture', closedDaysWords],
];

const CONTRACT_FIELDS: ReadonlyArray<[string, string, (value: unknown) => string]> = [
  ['modules', 'modules', modulesWords],
  ['namedUserLimit', 'utilisateurs nommés', (value) => (typeof value === 'number' ? String(value) : 'aucun')],
  ['supportStartDate', 'début du support', (value) => dateWords(value) ?? 'inconnu'],
];

function capitalized(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function incidentWords(details: Details): string {
  const title = text(details.title) ? quoted(details.title) : null;
  const cause = text(details.cause);
  const causeWords = cause && Object.hasOwn(INCIDENT_CAUSE_LABELS, cause) ? INCIDENT_CAUSE_LABELS[cause as IncidentCause].toLowerCase() : null;
  const scope =
    details.organizations === 'all'
      ? 'toutes les collectivités'
      : typeof details.organizations === 'number'
        ? `${details.organizations} collectivité${details.organizations > 1 ? 's' : ''}`
        : null;
  return `Incident${[title && ` ${title}`, causeWords && `, cause : ${causeWords}`, scope && `, touche ${scope}`].filter(Boolean).join('')}.`;
}

const DESCRIBE: Readonly<Record<AuditAction, (details: Details) => string>> = {
  'sign-in.succeeded': () => '',
  'sign-in.failed': (details) => (text(details.reason) ? `Motif : ${REASONS[text(details.reason)!] ?? text(details.reason)}.` : ''),
  'account.created': (details) =>
    `Compte de ${text(details.name) ?? 'nom inconnu'} (${text(details.email) ?? 'adresse inconnue'}), ${roleWords(details.role)}.`,
  'account.role-changed': (details) => `${text(details.email) ?? 'Compte'} : ${roleWords(details.from)} devient ${roleWords(details.to)}.`,
  'account.deactivated': (details) => (text(details.email) ? `Compte de ${text(details.email)}.` : ''),
  'account.reactivated': (details) => (text(details.email) ? `Compte de ${text(details.email)}.` : ''),
  'account.profile-updated': (details) => `Nom : ${text(details.name) ?? 'non renseigné'} ; téléphone : ${text(details.phone) ?? 'aucun'}.`,
  'password.changed': (details) => (details.initial === true ? 'Mot de passe initial remplacé.' : ''),
  'password.reset-by-support': (details) =>
    `Mot de passe initial donné${text(details.email) ? ` à ${text(details.email)}` : ''}, à changer à la prochaine connexion.`,
  'password.reset-requested': () => 'Lien envoyé par courriel.',
  'password.reset-by-link': () => '',
  'totp.enabled': () => '',
  'totp.disabled': () => '',
  'totp.recovery-code-used': () => '',
  'organization.created': (details) => {
    const siren = text(details.siren) ? ` (SIREN ${text(details.siren)})` : '';
    const zone = zoneWords(details.timeZone) ? `, ${zoneWords(details.timeZone)}` : '';
    const contract = [
      `modules ${modulesWords(details.modules)}`,
      usersWords(details.namedUserLimit),
      dateWords(details.supportStartDate) && `support fourni depuis le ${dateWords(details.supportStartDate)}`,
    ].filter(Boolean);
    return `${quoted(details.name)}${siren}${zone} ; contrat : ${contract.join(', ')}.`;
  },
  'organization.updated': (details) => capitalized(changes(record(details.before), record(details.after), ORGANIZATION_FIELDS)),
  'contract.updated': (details) => capitalized(changes(record(details.before), record(details.after), CONTRACT_FIELDS)),
  'support.suspended': (details) => (text(details.reason) ? `Motif : ${text(details.reason)}` : ''),
  'support.resumed': (details) => (text(details.previousReason) ? `Le motif était : ${text(details.previousReason)}` : ''),
  'security.staff-totp-required': () => '',
  'security.staff-totp-optional': () => '',
  'ticket.pickup-excluded': (details) => `Demande ${text(details.reference) ?? 'inconnue'}${text(details.reason) ? `, motif : ${text(details.reason)}` : '.'}`,
  'request.restore-filed': (details) => `Demande ${text(details.reference) ?? 'inconnue'}.`,
  'request.software-account-filed': (details) => `Demande ${text(details.reference) ?? 'inconnue'}.`,
  'request.planned': (details) => `Demande ${text(details.reference) ?? 'inconnue'}.`,
  'request.done': (details) => `Demande ${text(details.reference) ?? 'inconnue'}.`,
  'request.refused': (details) => `Demande ${text(details.reference) ?? 'inconnue'}.`,
  'incident.opened': incidentWords,
  'incident.update-published': incidentWords,
  'incident.closed': incidentWords,
  'incident.corrected': incidentWords,
};

/** An entry of an action this version does not know (written by a later one): what can be read of it. */
function describeUnknown(details: Details): string {
  return [text(details.reference), text(details.email), text(details.name), text(details.title)].filter(Boolean).join(', ');
}

/**
 * An audit entry's details as a French sentence, for the journal and its CSV: the people, roles,
 * modules, zones and dates in words, never the stored keys, codes or ISO dates. Empty when the
 * action says it all (a sign-in).
 */
export function describeAuditDetails(action: string, details: Details | null): string {
  const describe = Object.hasOwn(AUDIT_ACTIONS, action) ? DESCRIBE[action as AuditAction] : describeUnknown;
  return describe(details ?? {});
}

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;
const IPV4_MAPPED_HEX = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i;

/**
 * A client address as people know it: an IPv4 address that reached a dual-stack server as an
 * IPv6 one (`::ffff:192.0.2.1`, or `::ffff:c000:201`) is written as the IPv4 it is.
 */
export function displayAddress(address: string): string {
  const dotted = IPV4_MAPPED.exec(address);
  if (dotted) return dotted[1]!;
  const hex = IPV4_MAPPED_HEX.exec(address);
  if (!hex) return address;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}

/** RFC 4180 CSV with a BOM and semicolons, so that a French Excel opens it as columns. */
export function toCsv(rows: string[][]): string {
  const escape = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
  const neutralize = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  return `\uFEFF${rows.map((row) => row.map((cell) => escape(neutralize(cell))).join(';')).join('\r\n')}\r\n`;
}
