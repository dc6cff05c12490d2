import { ANNOUNCEMENT_KIND_LABELS, type AnnouncementKind } from '@/lib/announcements/kinds';

const TONES: Record<AnnouncementKind, string> = {
  release: 'bg-brand-100 text-brand-900',
  patch: 'bg-violet-100 text-violet-900',
  planned_maintenance: 'bg-amber-100 text-amber-900',
  // §5: emergency maintenance is shown as such, unmistakably.
  emergency_maintenance: 'bg-red-700 text-white',
  document: 'bg-slate-200 text-slate-800',
};

export function AnnouncementKindBadge({ kind }: { kind: AnnouncementKind }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[kind]}`}>
      {kind === 'emergency_maintenance' && <span aria-hidden="true">⚠</span>}
      {ANNOUNCEMENT_KIND_LABELS[kind]}
    </span>
  );
}
