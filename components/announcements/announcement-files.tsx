import { formatFileSize } from '@/lib/format/file-size';
import type { AnnouncementFileSummary } from '@/lib/server/announcements/list-announcements';

/** The files of an announcement, each a download through the authorised route. */
export function AnnouncementFiles({ files }: { files: AnnouncementFileSummary[] }) {
  if (files.length === 0) return null;
  return (
    <div className="mt-3">
      <p className="text-sm font-semibold text-slate-800">Fichiers à télécharger</p>
      <ul className="mt-1 flex flex-col gap-1">
        {files.map((file) => (
          <li key={file.id} className="text-sm">
            <a href={`/api/annonces/fichiers/${file.id}`} download className="font-medium text-brand-800 underline">
              {file.fileName}
            </a>{' '}
            <span className="text-slate-600">({formatFileSize(file.size)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
