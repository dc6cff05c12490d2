import { isFaqModule, type FaqModule } from './modules';

export interface TicketForDraft {
  subject: string;
  module: string;
  context: string;
  errorMessage: string | null;
  menuPath: string | null;
}

export interface FaqDraft {
  title: string;
  module: FaqModule;
  body: string;
}

/**
 * A first draft of an FAQ article from a Demande: its subject as the question, its context,
 * menus and error message as the situation, and a place for the answer the technician writes.
 */
export function faqDraftFromTicket(ticket: TicketForDraft): FaqDraft {
  const sections = ['## Situation', ticket.context.trim()];
  if (ticket.menuPath?.trim()) sections.push('## Menus concernés', ticket.menuPath.trim());
  if (ticket.errorMessage?.trim()) sections.push('## Message affiché', fenced(ticket.errorMessage.trim()));
  sections.push('## Solution', 'Décrivez ici la marche à suivre.');
  return {
    title: ticket.subject.trim(),
    module: isFaqModule(ticket.module) ? ticket.module : 'Général',
    body: sections.join('\n\n'),
  };
}

/** A code block whose fence is longer than any backtick run of the message, so it cannot be closed early. */
function fenced(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}
