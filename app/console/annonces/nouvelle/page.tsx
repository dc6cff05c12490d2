import type { Metadata } from 'next';
import { requireStaff } from '@/lib/auth/session';
import { getDb } from '@/lib/server/db';
import { listAnnouncementModules } from '@/lib/server/announcements/list-announcement-modules';
import { AnnouncementForm } from '@/components/announcements/announcement-form';
import { createAnnouncementAction } from '../actions';

export const metadata: Metadata = { title: 'Nouvelle annonce' };

export default async function NewAnnouncementPage() {
  const user = await requireStaff();
  const modules = await listAnnouncementModules(await getDb(), { actor: user });
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Nouvelle annonce</h1>
        <p className="text-slate-700">
          Publiée sur le portail dès l’enregistrement. Les dates se saisissent à l’heure de Paris, celle du centre de support ; chaque collectivité les voit
          dans son propre fuseau.
        </p>
      </div>
      <AnnouncementForm action={createAnnouncementAction} modules={modules} />
    </div>
  );
}
