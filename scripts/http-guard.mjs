// What scripts/serve.mjs applies to every request and every answer before Next.js sees them, in one
// place, so error pages, 404s, downloads and server-action answers carry it too (issue 12). Pure
// functions: scripts/http-guard.test.ts tests them; e2e/security/headers.spec.ts tests the server.
import { randomBytes } from 'node:crypto';

/** A fresh nonce for each answer: Next.js reads it from the request's CSP header and puts it on its scripts. */
export function newNonce() {
  return randomBytes(18).toString('base64');
}

/**
 * A strict policy (CSP Level 3): scripts only with this answer's nonce (and what they load, by
 * 'strict-dynamic'); styles from the site or with the nonce; images from the site and the browser's
 * own previews (blob:, data:) — never from elsewhere; no plugin, no framing, forms to the site only.
 * Inline style attributes stay allowed (a gauge's width): they cannot run code.
 * @param {string} nonce
 * @param {{ https: boolean }} options
 */
export function contentSecurityPolicy(nonce, { https }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * The headers every answer carries. HSTS only when the public address is https: sent over plain
 * http it would mean nothing, and localhost must stay reachable.
 * @param {{ nonce: string, https: boolean }} options
 * @returns {Array<[string, string]>}
 */
export function securityHeaders({ nonce, https }) {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(nonce, { https })],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['Referrer-Policy', 'same-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ...(https ? /** @type {Array<[string, string]>} */ ([['Strict-Transport-Security', 'max-age=63072000; includeSubDomains']]) : []),
  ];
}

const FORWARDED = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'];

/**
 * The request headers Next.js may believe. Without a trusted proxy, X-Forwarded-For becomes the
 * socket's peer alone and the other X-Forwarded-* are dropped: a client could otherwise pass a
 * cross-origin action off as same-origin (X-Forwarded-Host) or forge its address. Behind a
 * trusted proxy (TRUST_PROXY=1) its hops come first, then the peer.
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {{ trustProxy: boolean, peer: string }} options
 */
export function believedHeaders(headers, { trustProxy, peer }) {
  const result = { ...headers };
  const forwarded = headers['x-forwarded-for'];
  result['x-forwarded-for'] = trustProxy && forwarded ? `${String(forwarded)}, ${peer}` : peer;
  if (!trustProxy) for (const name of FORWARDED) delete result[name];
  // Only this server sets the request's policy, from which Next.js takes the nonce.
  delete result['content-security-policy'];
  delete result['content-security-policy-report-only'];
  return result;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request may change something: safe methods always; any other (a server action, a
 * sign-in, a sign-out) only from a page of this site, which browsers prove with the Origin header.
 * A request without Origin, or with Origin "null", is refused: browsers send it on every such
 * request, so only a forged or sandboxed one lacks it (OWASP ASVS 5.0 V3.5).
 * @param {{ method: string | undefined, origin: string | string[] | undefined, host: string | undefined, publicUrl: string }} request
 */
export function originAllowed({ method, origin, host, publicUrl }) {
  if (SAFE_METHODS.has((method ?? 'GET').toUpperCase())) return true;
  if (typeof origin !== 'string' || origin === 'null') return false;
  let originHost;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  return originHost === new URL(publicUrl).host || (!!host && originHost === host.toLowerCase());
}

/**
 * The URL with each path segment that does not decode (`/demandes/%ff`) taken literally (its `%`
 * escaped): Next.js would answer it with an error, the page now finds nothing and answers 404.
 * @param {string} url
 */
export function decodablePath(url) {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  const fixed = path
    .split('/')
    .map((segment) => {
      try {
        decodeURIComponent(segment);
        return segment;
      } catch {
        return segment.replace(/%/g, '%25');
      }
    })
    .join('/');
  return query === -1 ? fixed : fixed + url.slice(query);
}

/** The text of a refused cross-origin request (plain text: no page, no script). */
export const FORBIDDEN_ORIGIN_MESSAGE = 'Requête refusée : elle ne vient pas d’une page de Guichet.';
