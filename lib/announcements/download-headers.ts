/**
 * The response headers of a downloaded file: always an attachment (never shown inline, so a
 * document cannot run in the portal's origin), its stored type enforced (nosniff), its name in
 * UTF-8 (RFC 6266 / RFC 8187) with an ASCII fallback for old clients.
 */
export function downloadHeaders(file: { fileName: string; contentType: string; size: number }): Record<string, string> {
  return {
    'Content-Type': file.contentType,
    'Content-Length': String(file.size),
    'Content-Disposition': `attachment; filename="${asciiFallback(file.fileName)}"; filename*=UTF-8''${encodeRfc8187(file.fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  };
}

function asciiFallback(fileName: string): string {
  return fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** Percent-encodes all but RFC 8187's attr-char (encodeURIComponent leaves ' ( ) * unescaped). */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
