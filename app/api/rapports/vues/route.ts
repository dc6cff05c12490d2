import { routePatternOf } from '@/lib/reports/route-patterns';
import { withSession } from '@/lib/server/api/route-handler';
import { countUsage } from '@/lib/server/reports/count-usage';

// A path longer than this is no page of Guichet.
const MAX_PATH = 512;

/**
 * POST /api/rapports/vues — a page shown (components/reports/page-view-beacon): the body is its
 * path; one more view of its route pattern today, for signed-in people. The path itself is never
 * kept (it may hold a Demande's reference), nor who sent it. 204 whatever the path.
 */
export const POST = withSession('any', async (request, { db }) => {
  const path = (await request.text()).slice(0, MAX_PATH + 1);
  const pattern = path.length <= MAX_PATH ? routePatternOf(path) : null;
  if (pattern) await countUsage(db, { metric: 'page_view', key: pattern });
  return new Response(null, { status: 204 });
});
