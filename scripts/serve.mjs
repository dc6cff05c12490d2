// The production HTTP server: Next.js behind a plain Node server that sees every request and every
// answer first (scripts/http-guard.mjs): it stamps the socket's peer address into X-Forwarded-For
// (Next.js keeps any X-Forwarded-For the client sent, which anyone can forge) and believes the other
// X-Forwarded-* only behind a trusted proxy, refuses a state-changing request from another origin,
// takes an undecodable path literally, and puts the security headers (a CSP with a fresh nonce) on
// every answer, error pages and downloads included.
import http from 'node:http';
import { createRequire } from 'node:module';
import { FORBIDDEN_ORIGIN_MESSAGE, believedHeaders, decodablePath, newNonce, originAllowed, securityHeaders, contentSecurityPolicy } from './http-guard.mjs';

const require = createRequire(import.meta.url);
const next = require('next');

// Validated by lib/env.ts in scripts/start.ts, which starts this server.
const port = Number(process.env.PORT ?? 3000);
const trustProxy = ['1', 'true'].includes(process.env.TRUST_PROXY ?? '');
const publicUrl = process.env.PUBLIC_URL || `http://localhost:${port}`;
const https = publicUrl.startsWith('https://');

const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  request.headers = believedHeaders(request.headers, { trustProxy, peer: request.socket.remoteAddress ?? 'inconnue' });
  const nonce = newNonce();
  // Added as the answer's head is written, whoever writes it (a page, an error page, a route, the
  // refusal below); a header the answer set itself — a download's stricter sandbox policy — stays.
  const writeHead = response.writeHead;
  response.writeHead = function (...args) {
    for (const [name, value] of securityHeaders({ nonce, https })) if (!this.hasHeader(name)) this.setHeader(name, value);
    return writeHead.apply(this, args);
  };

  const forwardedHost = request.headers['x-forwarded-host'];
  const host = (typeof forwardedHost === 'string' ? forwardedHost.split(',')[0]?.trim() : undefined) || request.headers.host;
  if (!originAllowed({ method: request.method, origin: request.headers.origin, host, publicUrl })) {
    response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(FORBIDDEN_ORIGIN_MESSAGE);
    return;
  }
  // Next.js takes the nonce for its own scripts from the request's policy.
  request.headers['content-security-policy'] = contentSecurityPolicy(nonce, { https });
  request.url = decodablePath(request.url ?? '/');
  void handle(request, response);
});

server.listen(port, () => console.log(`Guichet : http://localhost:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
