import 'server-only';
import type { StoredContent } from '@/lib/server/attachments/attachment-store';

/**
 * A stored file as a download, streamed from the store and never rendered inline: attachment
 * disposition with the UTF-8 name (RFC 6266), nosniff, and a sandbox CSP in case a browser still tries.
 */
export function fileResponse(file: { fileName: string; contentType: string; content: StoredContent }): Response {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  // RFC 8187 also wants ' ( ) * percent-encoded, which encodeURIComponent leaves alone.
  const encoded = encodeURIComponent(file.fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return new Response(file.content.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.content.size),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox; frame-ancestors 'none'",
      'Cache-Control': 'private, no-store',
    },
  });
}
