import { KIND_FIELDS, type AnnouncementKind } from './kinds';

export interface AnnouncementFields {
  kind: AnnouncementKind;
  version: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  /** §10.2: a release that changes how people work calls for training. */
  trainingRequired?: boolean;
}

export type AnnouncementIssue =
  | { field: 'version'; code: 'version_required' }
  | { field: 'startsAt'; code: 'start_required' }
  | { field: 'endsAt'; code: 'end_required' | 'end_not_after_start' };

/** Drops what the kind does not carry (a document's dates, a maintenance's version, training but for a release…). */
export function keepKindFields<T extends AnnouncementFields>(fields: T): T {
  const use = KIND_FIELDS[fields.kind];
  return {
    ...fields,
    version: use.version === 'none' ? null : fields.version,
    startsAt: use.startsAt === 'none' ? null : fields.startsAt,
    endsAt: use.endsAt === 'none' ? null : fields.endsAt,
    ...(fields.trainingRequired !== undefined && { trainingRequired: fields.kind === 'release' && fields.trainingRequired }),
  };
}

/** What is missing or inconsistent for the kind: its required fields, and an end after the start. */
export function announcementIssues(fields: AnnouncementFields): AnnouncementIssue[] {
  const { kind, version, startsAt, endsAt } = keepKindFields(fields);
  const use = KIND_FIELDS[kind];
  const issues: AnnouncementIssue[] = [];
  if (use.version === 'required' && !version) issues.push({ field: 'version', code: 'version_required' });
  if (use.startsAt === 'required' && !startsAt) issues.push({ field: 'startsAt', code: 'start_required' });
  if (use.endsAt === 'required' && !endsAt) issues.push({ field: 'endsAt', code: 'end_required' });
  else if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) issues.push({ field: 'endsAt', code: 'end_not_after_start' });
  return issues;
}
