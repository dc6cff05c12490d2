import 'server-only';
import { env } from '@/lib/env';

/** Where a Demande is read: the portal for its client, the console for staff. */
export function portalTicketUrl(reference: string): string {
  return `${env().publicUrl}/demandes/${reference}`;
}

export function consoleTicketUrl(reference: string): string {
  return `${env().publicUrl}/console/demandes/${reference}`;
}
