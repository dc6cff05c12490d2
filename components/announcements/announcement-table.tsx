import Link from 'next/link';
import { START_LABELS, isMaintenance } from '@/lib/announcements/kinds';
import { phaseOf } from '@/lib/announcements/timeline';
import { formatDateTime } from '@/lib/format/french-date';
import type { AnnouncementView } from '@/lib/server/announcements/list-announcements';
import { AnnouncementKindBadge } from './announcement-kind-badge';

// The console reads and writes announcement dates in the support centre's zone (§5: CET/CEST).
const PARIS = 'Europe/Paris';

/** The console's list of announcements, each title leading to its edit form. */
export function AnnouncementTable({ caption, rows, now }: { caption: string; rows: AnnouncementView[]; now: Date }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-lg font-semibold">
          {caption} ({rows.length})
        </caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Titre
            </th>
            <th scope="col" className="py-2 pr-4">
              Type
            </th>
            <th scope="col" className="py-2 pr-4">
              Dates
            </th>
            <th scope="col" className="py-2 pr-4">
              Module
            </th>
            <th scope="col" className="py-2 pr-4">
              Fichiers
            </th>
            <th scope="col" className="py-2">
              Publiée
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={6} className="py-3 text-slate-700">
                Aucune annonce.
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-100 align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                <Link href={`/console/annonces/${row.id}`} className="text-brand-800 underline">
                  {row.title}
                </Link>
                {row.version && <span className="block text-xs font-normal text-slate-700">Version {row.version}</span>}
              </th>
              <td className="py-2 pr-4">
                <AnnouncementKindBadge kind={row.kind} />
                {phaseOf(row, now) === 'ongoing' && <span className="mt-1 block text-xs font-semibold text-red-800">En cours</span>}
              </td>
              <td className="py-2 pr-4">
                {row.startsAt ? `${START_LABELS[row.kind]} : ${formatDateTime(row.startsAt, PARIS)}` : '—'}
                {row.endsAt && isMaintenance(row.kind) && <span className="block">Fin : {formatDateTime(row.endsAt, PARIS)}</span>}
              </td>
              <td className="py-2 pr-4">{row.module ?? 'Tous'}</td>
              <td className="py-2 pr-4">{row.files.length}</td>
              <td className="py-2">
                {formatDateTime(row.publishedAt, PARIS)}
                <span className="block text-xs text-slate-700">{row.authorName}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
