/** A change refused by the lifecycle of a Demande; the message is French, fit to show. */
export class TicketError extends Error {
  override readonly name = 'TicketError';
}
