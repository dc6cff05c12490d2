import { withSession } from '@/lib/server/api/route-handler';
import { fileResponse } from '@/lib/server/api/file-response';
import { getAnnouncementFile } from '@/lib/server/announcements/get-announcement-file';

// A file of an announcement the signed-in reader may see (clients: their contract's modules), always as an attachment.
export const GET = withSession<{ id: string }>('any', async (_request, { user, db, params }) =>
  fileResponse(await getAnnouncementFile(db, { actor: user, fileId: params.id })),
);
