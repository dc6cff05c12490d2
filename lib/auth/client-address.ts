/**
 * The client's address for throttling, from the X-Forwarded-For that scripts/serve.mjs
 * rewrites: behind a trusted reverse proxy the first hop (the client the proxy saw),
 * otherwise the last one, the socket's peer.
 */
export function clientAddress(header: string | null | undefined, trustProxy: boolean): string {
  const hops = (header ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const hop = trustProxy ? hops[0] : hops.at(-1);
  return hop ?? 'inconnue';
}
