import { withSession } from '@/lib/server/api/route-handler';
import { fileResponse } from '@/lib/server/api/file-response';
import { getAttachment } from '@/lib/server/attachments/get-attachment';

export const GET = withSession<{ id: string }>('any', async (_request, { user, db, params }) =>
  fileResponse(await getAttachment(db, { actor: user, attachmentId: params.id })),
);
