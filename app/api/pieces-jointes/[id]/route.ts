import { withSession } from '@/lib/server/api/route-handler';
import { fileResponse } from '@/lib/server/api/file-response';
import { getAttachment } from '@/lib/server/attachments/get-attachment';

/** An attachment as a download; `?apercu` asks for an image's preview, shown inline (raster images only). */
export const GET = withSession<{ id: string }>('any', async (request, { user, db, params }) =>
  fileResponse(await getAttachment(db, { actor: user, attachmentId: params.id }), { preview: new URL(request.url).searchParams.has('apercu') }),
);
