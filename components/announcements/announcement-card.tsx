import { formatDateTime } from '@/lib/format/french-date';
import { KIND_FIELDS, START_LABELS, TRAINING_REQUIRED_LABEL, isMaintenance } from '@/lib/announcements/kinds';
import type { Phase } from '@/lib/announcements/timeline';
import type { AnnouncementView } from '@/lib/server/announcements/list-announcements';
import { isOverseas } from '@/lib/time-zones';
import { AnnouncementBody } from './announcement-body';
import { AnnouncementFiles } from './announcement-files';
import { AnnouncementKindBadge } from './announcement-kind-badge';

interface AnnouncementCardProps {
  announcement: AnnouncementView;
  /** The reader's zone: the organization's (§5), named when overseas. */
  timeZone: string;
  phase: Phase;
}

/** One announcement in full: kind, dates in the reader's zone, text and files. */
export function AnnouncementCard({ announcement, timeZone, phase }: AnnouncementCardProps) {
  const { id, kind, title, version, startsAt, endsAt, module, body, files, publishedAt, trainingRequired } = announcement;
  const format = (instant: Date) => formatDateTime(instant, timeZone, { showZone: isOverseas(timeZone) });
  const titleId = `annonce-${id}-titre`;
  return (
    <article id={`annonce-${id}`} aria-labelledby={titleId} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-center gap-2">
        <AnnouncementKindBadge kind={kind} />
        {phase === 'ongoing' && <span className="rounded-full border border-red-700 px-2.5 py-0.5 text-xs font-semibold text-red-800">En cours</span>}
        {kind === 'release' && trainingRequired && (
          <span className="rounded-full border border-brand-800 px-2.5 py-0.5 text-xs font-semibold text-brand-900">{TRAINING_REQUIRED_LABEL}</span>
        )}
        <span className="text-xs font-medium text-slate-700">{module ? `Module ${module}` : 'Tous les modules'}</span>
      </div>
      <h3 id={titleId} className="mt-2 text-lg font-semibold">
        {title}
      </h3>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {version && KIND_FIELDS[kind].version !== 'none' && (
          <>
            <dt className="font-semibold text-slate-700">Version</dt>
            <dd>{version}</dd>
          </>
        )}
        {startsAt && (
          <>
            <dt className="font-semibold text-slate-700">{START_LABELS[kind]}</dt>
            <dd>{format(startsAt)}</dd>
          </>
        )}
        {endsAt && isMaintenance(kind) && (
          <>
            <dt className="font-semibold text-slate-700">Fin</dt>
            <dd>{format(endsAt)}</dd>
          </>
        )}
      </dl>
      <div className="mt-3">
        <AnnouncementBody markdown={body} />
      </div>
      <AnnouncementFiles files={files} />
      <p className="mt-3 text-xs text-slate-600">Publiée le {format(publishedAt)}</p>
    </article>
  );
}
