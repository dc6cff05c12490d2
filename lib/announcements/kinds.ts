/**
 * What the portal announces (§5, §10, §12): new versions and patches (§10.1), planned and
 * emergency maintenance (§5), technical documents (§10.2, §12).
 */
export const ANNOUNCEMENT_KINDS = ['release', 'patch', 'planned_maintenance', 'emergency_maintenance', 'document'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

export const ANNOUNCEMENT_KIND_LABELS: Readonly<Record<AnnouncementKind, string>> = {
  release: 'Nouvelle version',
  patch: 'Correctif',
  planned_maintenance: 'Maintenance planifiée',
  emergency_maintenance: 'Maintenance urgente',
  document: 'Document technique',
};

/** The kinds as filters of the portal list, with their French address (`/annonces?type=…`). */
export const ANNOUNCEMENT_KIND_FILTERS: ReadonlyArray<{ kind: AnnouncementKind; slug: string; label: string }> = [
  { kind: 'release', slug: 'versions', label: 'Nouvelles versions' },
  { kind: 'patch', slug: 'correctifs', label: 'Correctifs' },
  { kind: 'planned_maintenance', slug: 'maintenances-planifiees', label: 'Maintenances planifiées' },
  { kind: 'emergency_maintenance', slug: 'maintenances-urgentes', label: 'Maintenances urgentes' },
  { kind: 'document', slug: 'documents', label: 'Documents techniques' },
];

export function isAnnouncementKind(value: unknown): value is AnnouncementKind {
  return (ANNOUNCEMENT_KINDS as readonly unknown[]).includes(value);
}

export type FieldUse = 'required' | 'optional' | 'none';

/**
 * Which of version, start and end each kind carries. §10.2: a new version's date is announced
 * beforehand (required), a patch's need not be; §5: a maintenance, planned or emergency, is a
 * window with a start and an (expected) end; a document has no date.
 */
export const KIND_FIELDS: Readonly<Record<AnnouncementKind, { version: FieldUse; startsAt: FieldUse; endsAt: FieldUse }>> = {
  release: { version: 'required', startsAt: 'required', endsAt: 'none' },
  patch: { version: 'required', startsAt: 'optional', endsAt: 'none' },
  planned_maintenance: { version: 'none', startsAt: 'required', endsAt: 'required' },
  emergency_maintenance: { version: 'none', startsAt: 'required', endsAt: 'required' },
  document: { version: 'optional', startsAt: 'none', endsAt: 'none' },
};

/** What the start of each kind means, as the form and the portal name it. */
export const START_LABELS: Readonly<Record<AnnouncementKind, string>> = {
  release: 'Mise en service',
  patch: 'Installation',
  planned_maintenance: 'Début',
  emergency_maintenance: 'Début',
  document: 'Date',
};

/** §10.2: a new version that changes how people work may call for training, said beforehand. */
export const TRAINING_REQUIRED_LABEL = 'Formation à prévoir';

export function isMaintenance(kind: AnnouncementKind): boolean {
  return kind === 'planned_maintenance' || kind === 'emergency_maintenance';
}
