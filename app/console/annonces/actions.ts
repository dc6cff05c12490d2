'use server';

import { redirect } from 'next/navigation';
import { consoleAction } from '@/lib/server/actions/define-action';
import { uploadedFiles } from '@/lib/server/actions/uploaded-files';
import { createAnnouncement } from '@/lib/server/announcements/create-announcement';
import { updateAnnouncement } from '@/lib/server/announcements/update-announcement';
import { announcementFormSchema } from '@/lib/validation/announcements';

export const createAnnouncementAction = consoleAction(announcementFormSchema, async ({ attachments, announcementId: _id, ...content }, { user, db }) => {
  const announcement = await createAnnouncement(db, { actor: user, content, files: await uploadedFiles(attachments) });
  redirect(`/console/annonces?publiee=${announcement.id}`);
});

export const updateAnnouncementAction = consoleAction(announcementFormSchema, async ({ attachments, announcementId, ...content }, { user, db }) => {
  const announcement = await updateAnnouncement(db, {
    actor: user,
    announcementId: announcementId ?? '',
    content,
    files: await uploadedFiles(attachments),
  });
  redirect(`/console/annonces?modifiee=${announcement.id}`);
});
