'use server';

import { redirect } from 'next/navigation';
import { consoleAnnouncementSearch } from '@/lib/search-params/announcements';
import { consoleAction } from '@/lib/server/actions/define-action';
import { createAnnouncement } from '@/lib/server/announcements/create-announcement';
import { updateAnnouncement } from '@/lib/server/announcements/update-announcement';
import { ServiceError } from '@/lib/server/service-error';
import { announcementFormSchema } from '@/lib/validation/announcements';

export const createAnnouncementAction = consoleAction(announcementFormSchema, async ({ content, attachments }, { user, db }) => {
  const announcement = await createAnnouncement(db, { actor: user, content, files: attachments });
  redirect(consoleAnnouncementSearch.href('/console/annonces', { published: announcement.id }));
});

export const updateAnnouncementAction = consoleAction(announcementFormSchema, async ({ content, attachments, announcementId }, { user, db }) => {
  if (!announcementId) throw new ServiceError('not_found', 'Annonce introuvable.');
  const announcement = await updateAnnouncement(db, { actor: user, announcementId, content, files: attachments });
  redirect(consoleAnnouncementSearch.href('/console/annonces', { saved: announcement.id }));
});
