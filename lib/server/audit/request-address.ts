import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/auth/client-address';
import { env } from '@/lib/env';

/** The client address of the request being served, for the audit log. */
export async function requestAddress(): Promise<string> {
  return clientAddress((await headers()).get('x-forwarded-for'), env().TRUST_PROXY);
}
