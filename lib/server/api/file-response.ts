import 'server-only';
import { isPreviewableImage } from '@/lib/validation/attachments';
import type { StoredContent } from '@/lib/server/attachments/attachment-store';

/**
 * A stored file as a download, streamed from the store: attachment disposition with the UTF-8 name
 * (RFC 6266), nosniff, and a sandbox CSP in case a browser still tries to render it.
 *
 * With `preview`, a raster image (PNG, JPEG, GIF, WebP: sniffed at upload, served with its stored
 * type) is shown inline instead, for the page's previews, under a policy that lets it be nothing
 * but an image; any other file, SVG and HTML included, stays a download.
 */
export function fileResponse(file: { fileName: string; contentType: string; content: StoredContent }, { preview = false } = {}): Response {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  // RFC 8187 also wants ' ( ) * percent-encoded, which encodeURIComponent leaves alone.
  const encoded = encodeURIComponent(file.fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  const inline = preview && isPreviewableImage(file.contentType);
  return new Response(file.content.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.content.size),
      'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encoded}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': inline
        ? "default-src 'none'; img-src 'self'; sandbox; frame-ancestors 'none'"
        : "default-src 'none'; sandbox; frame-ancestors 'none'",
      'Cache-Control': 'private, no-store',
    },
  });
}
