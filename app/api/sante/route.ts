// Answered at each request, never built once: a load balancer asks whether this process serves now.
export const dynamic = 'force-dynamic';

/**
 * GET /api/sante — the load balancer's health check: 200 `{ "ok": true }` as soon as this process
 * serves requests, with neither session nor database (a PostgreSQL outage is not a reason to take
 * every instance out of rotation). The benchmark's framework floor too (bench/http): the least a
 * request of this server costs.
 */
export function GET(): Response {
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
