import 'server-only';
import { eq, type SQL } from 'drizzle-orm';
import { faqArticles } from '@/db/schema';
import { isStaff } from '@/lib/accounts/roles';
import type { Actor } from '@/lib/server/actor';
import { ServiceError } from '@/lib/server/service-error';

/** Only the support writes the FAQ (§15); clients read it. */
export function requireFaqAuthor(actor: Actor): void {
  if (!isStaff(actor.role)) throw new ServiceError('forbidden', 'Seul le support rédige la FAQ.');
}

/** The WHERE that shows clients the published articles only; staff see drafts too. */
export function visibleFaqArticles(actor: Actor): SQL | undefined {
  return isStaff(actor.role) ? undefined : eq(faqArticles.published, true);
}

export function articleNotFound(): ServiceError {
  return new ServiceError('not_found', 'Cet article de la FAQ est introuvable.');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL or a form: anything but a UUID names no article (and is never sent to SQL). */
export function isArticleId(value: string): boolean {
  return UUID.test(value);
}
