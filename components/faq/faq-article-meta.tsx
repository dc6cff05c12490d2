import { DateTime } from 'luxon';
import { formatDate } from '@/lib/format/french-date';
import { FaqModuleTag } from './faq-module-tag';

// An article's day of update, as the support centre dates it.
const SUPPORT_ZONE = 'Europe/Paris';

export function FaqArticleMeta({ module, updatedAt, views }: { module: string; updatedAt: Date; views: number }) {
  const day = DateTime.fromJSDate(updatedAt, { zone: SUPPORT_ZONE }).toISODate() ?? '';
  return (
    <p className="mt-2 mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <FaqModuleTag module={module} />
      <span>Mis à jour le {formatDate(day)}</span>
      <span>
        {views} consultation{views > 1 ? 's' : ''}
      </span>
    </p>
  );
}
