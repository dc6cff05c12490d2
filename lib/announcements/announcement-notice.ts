import { formatDateTime } from '@/lib/format/french-date';
import { isOverseas } from '@/lib/time-zones';
import { ANNOUNCEMENT_KIND_LABELS, START_LABELS, TRAINING_REQUIRED_LABEL, isMaintenance, type AnnouncementKind } from './kinds';

interface Announced {
  kind: AnnouncementKind;
  title: string;
  module: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  trainingRequired: boolean;
}

/**
 * Whether publishing an announcement of `kind` is told to the users concerned: a new version
 * before its date (§10.2) and a maintenance, planned or urgent (§5). Patches and documents are
 * only published.
 */
export function isToldToUsers(kind: AnnouncementKind): boolean {
  return kind === 'release' || isMaintenance(kind);
}

/** What the users concerned are told of a published announcement (isToldToUsers), in their zone. */
export function announcementNotice(announcement: Announced, timeZone: string): { type: string; title: string; body: string } {
  const { kind, title, module, startsAt, endsAt } = announcement;
  if (!isToldToUsers(kind)) throw new RangeError(`An announcement of kind ${kind} is not told to users`);
  const format = (instant: Date) => formatDateTime(instant, timeZone, { showZone: isOverseas(timeZone) });
  const when = startsAt
    ? isMaintenance(kind) && endsAt
      ? `Du ${format(startsAt)} au ${format(endsAt)}.`
      : `${START_LABELS[kind]} : ${format(startsAt)}.`
    : '';
  const training = kind === 'release' && announcement.trainingRequired ? `${TRAINING_REQUIRED_LABEL} : cette version change la façon de travailler.` : '';
  const scope = module ? `Module ${module}.` : '';
  return {
    type: `announcement.${kind}`,
    title: `${ANNOUNCEMENT_KIND_LABELS[kind]} : ${title}`,
    body: [when, training, scope].filter(Boolean).join(' '),
  };
}
