// The production HTTP server: Next.js behind a plain Node server that stamps the socket's
// peer address into X-Forwarded-For, so sign-in throttling sees the real client address
// (Next.js keeps any X-Forwarded-For the client sent, which anyone can forge).
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const next = require('next');

const port = Number(process.env.PORT ?? 3000);
const trustProxy = ['1', 'true'].includes(process.env.TRUST_PROXY ?? '');

const app = next({ dev: false, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  const peer = request.socket.remoteAddress ?? 'inconnue';
  const forwarded = request.headers['x-forwarded-for'];
  // Behind a trusted proxy its hops come first; otherwise only the socket's peer is believed.
  request.headers['x-forwarded-for'] = trustProxy && forwarded ? `${forwarded}, ${peer}` : peer;
  void handle(request, response);
});

server.listen(port, () => console.log(`Guichet : http://localhost:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
