import { DateTime } from 'luxon';
import { formatDate } from '@/lib/format/french-date';
import { FaqModuleTag } from './faq-module-tag';

/** An article's module, day of update in the reader's zone, and readership. */
export function FaqArticleMeta({ module, updatedAt, views, timeZone }: { module: string; updatedAt: Date; views: number; timeZone: string }) {
  const day = DateTime.fromJSDate(updatedAt, { zone: timeZone }).toISODate() ?? '';
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
