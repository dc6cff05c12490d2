import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { tickets } from '@/db/schema';
import { faqDraftFromTicket, type FaqDraft } from '@/lib/faq/draft-from-ticket';
import { ticketReferenceSchema } from '@/lib/validation/faq';
import type { Actor } from '@/lib/server/actor';
import { requireFaqAuthor } from './faq-access';

export interface FaqDraftFromTicket {
  ticketId: string;
  reference: string;
  draft: FaqDraft;
}

/**
 * "Créer une FAQ à partir de cette demande": a first draft from a Demande's subject, context,
 * menus and error message. Null when the reference names no Demande.
 */
export async function getFaqDraftFromTicket(db: Executor, { actor, reference }: { actor: Actor; reference: string }): Promise<FaqDraftFromTicket | null> {
  requireFaqAuthor(actor);
  const parsed = ticketReferenceSchema.safeParse(reference);
  if (!parsed.success) return null;
  const [ticket] = await db
    .select({
      id: tickets.id,
      reference: tickets.reference,
      subject: tickets.subject,
      module: tickets.module,
      context: tickets.context,
      errorMessage: tickets.errorMessage,
      menuPath: tickets.menuPath,
    })
    .from(tickets)
    .where(eq(tickets.reference, parsed.data));
  if (!ticket) return null;
  return { ticketId: ticket.id, reference: ticket.reference, draft: faqDraftFromTicket(ticket) };
}
