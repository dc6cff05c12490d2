import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireStaff } from '@/lib/auth/session';
import { toInputTime } from '@/lib/announcements/support-time';
import { formatDateTime } from '@/lib/format/french-date';
import { getDb } from '@/lib/server/db';
import { getAnnouncement } from '@/lib/server/announcements/get-announcement';
import { listAnnouncementModules } from '@/lib/server/announcements/list-announcement-modules';
import { ServiceError } from '@/lib/server/service-error';
import { AnnouncementForm } from '@/components/announcements/announcement-form';
import { updateAnnouncementAction } from '../actions';

export const metadata: Metadata = { title: 'Modifier une annonce' };

export default async function EditAnnouncementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireStaff();
  const { id } = await params;
  const db = await getDb();
  const announcement = await getAnnouncement(db, { actor: user, announcementId: id }).catch((error: unknown) => {
    if (error instanceof ServiceError && error.kind === 'not_found') notFound();
    throw error;
  });
  const modules = await listAnnouncementModules(db, { actor: user });
  const { kind, title, version, module, startsAt, endsAt, body, trainingRequired } = announcement;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Modifier l’annonce</h1>
        <p className="text-slate-700">
          Publiée le {formatDateTime(announcement.publishedAt, user.timeZone)} par {announcement.authorName} ; cette date reste celle de l’annonce. Les dates se
          saisissent à l’heure de Paris.
        </p>
      </div>
      <AnnouncementForm
        action={updateAnnouncementAction}
        modules={modules}
        initial={{
          kind,
          title,
          version: version ?? '',
          module: module ?? '',
          startsAt: startsAt ? toInputTime(startsAt) : '',
          endsAt: endsAt ? toInputTime(endsAt) : '',
          body,
          trainingRequired,
        }}
        existing={{ id: announcement.id, files: announcement.files }}
      />
    </div>
  );
}
