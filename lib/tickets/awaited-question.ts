import { isStaff, type Role } from '@/lib/accounts/roles';

interface Message {
  kind: string;
  createdAt: Date;
  authorRole: Role;
}

/**
 * The support's question a Demande waits on: the last public message from staff written by the
 * time it started waiting for the client (asking for information writes it at that instant), or
 * null when the Demande does not wait or no question is found.
 */
export function awaitedQuestion<M extends Message>(messages: readonly M[], waitingSince: Date | null): M | null {
  if (!waitingSince) return null;
  const asked = messages.filter((message) => message.kind === 'public' && isStaff(message.authorRole) && message.createdAt.getTime() <= waitingSince.getTime());
  return asked.reduce<M | null>((latest, message) => (latest && latest.createdAt.getTime() > message.createdAt.getTime() ? latest : message), null);
}
