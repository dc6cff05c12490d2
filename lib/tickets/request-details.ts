import { BACKUP_KIND_LABELS, type BackupKind } from '@/lib/backups';
import { formatDateTime } from '@/lib/format/french-date';

/** §7: what a restore request names — the restore point, what to restore, and why. */
export interface RestoreRequestDetails {
  kind: 'restore';
  /** The restore point: when the backup was taken, its kind and until when it is kept (ISO instants). */
  pointTakenAt: string;
  pointKind: BackupKind;
  pointExpiresAt: string;
  /** The module, or the data, to restore. */
  scope: string;
  scopeDetail: string | null;
  reason: string;
  /** The administrator acknowledged that what changed after the point will be lost. */
  acknowledgedLoss: true;
}

export const SOFTWARE_ACCOUNT_ACTIONS = ['create', 'delete'] as const;
export type SoftwareAccountAction = (typeof SOFTWARE_ACCOUNT_ACTIONS)[number];

export const SOFTWARE_ACCOUNT_ACTION_LABELS: Readonly<Record<SoftwareAccountAction, string>> = {
  create: 'Création',
  delete: 'Suppression',
};

/** §11: an account of the vendor's software (not of this portal), created or deleted on the client's instructions. */
export interface SoftwareAccountDetails {
  kind: 'software_account';
  action: SoftwareAccountAction;
  personName: string;
  personEmail: string;
  /** The person's role in the software, in the client's words. */
  personRole: string;
  modules: string[];
}

export type RequestDetails = RestoreRequestDetails | SoftwareAccountDetails;

/** The subject a typed request is filed under, in words. */
export function requestSubject(details: RequestDetails, timeZone: string): string {
  if (details.kind === 'restore') {
    return `Restauration depuis la sauvegarde du ${formatDateTime(new Date(details.pointTakenAt), timeZone)}`;
  }
  return `Compte logiciel : ${SOFTWARE_ACCOUNT_ACTION_LABELS[details.action].toLowerCase()} pour ${details.personName}`;
}

/**
 * What the request asked, as label/value lines for its page and its history; `showZone` names
 * the zone of the instants when it is not the reader's own (staff reading an overseas request).
 */
export function describeRequest(details: RequestDetails, timeZone: string, options: { showZone?: boolean } = {}): Array<{ label: string; value: string }> {
  if (details.kind === 'restore') {
    return [
      {
        label: 'Point de restauration',
        value: `${BACKUP_KIND_LABELS[details.pointKind]} du ${formatDateTime(new Date(details.pointTakenAt), timeZone, options)}`,
      },
      { label: 'Conservé jusqu’au', value: formatDateTime(new Date(details.pointExpiresAt), timeZone, options) },
      { label: 'Périmètre', value: details.scopeDetail ? `${details.scope} — ${details.scopeDetail}` : details.scope },
      { label: 'Motif', value: details.reason },
      { label: 'Perte des modifications', value: 'Acceptée : ce qui a changé après ce point sera perdu.' },
    ];
  }
  return [
    { label: 'Opération', value: SOFTWARE_ACCOUNT_ACTION_LABELS[details.action] },
    { label: 'Personne', value: `${details.personName} (${details.personEmail})` },
    { label: 'Rôle dans le logiciel', value: details.personRole },
    { label: 'Modules', value: details.modules.join(', ') },
  ];
}

/** The stored details of a typed request, or null when they are not one's (an ordinary Demande). */
export function requestDetailsOf(value: unknown): RequestDetails | null {
  if (typeof value !== 'object' || value === null) return null;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'restore' || kind === 'software_account' ? (value as RequestDetails) : null;
}
