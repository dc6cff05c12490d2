import { ANNOUNCEMENT_KIND_FILTERS, type AnnouncementKind } from '@/lib/announcements/kinds';
import { oneOf, uuid } from './param-codecs';
import { defineSearchParams } from './search-params';

const kind = oneOf(Object.fromEntries(ANNOUNCEMENT_KIND_FILTERS.map((filter) => [filter.kind, filter.slug])) as Record<AnnouncementKind, string>).named('type');

/** The announcements of one kind, or all (`/annonces?type=documents`). */
export const announcementSearch = defineSearchParams({ kind });

/** The console's list, which also names the announcement just published or saved. */
export const consoleAnnouncementSearch = defineSearchParams({
  kind,
  published: uuid().named('publiee'),
  saved: uuid().named('modifiee'),
});
