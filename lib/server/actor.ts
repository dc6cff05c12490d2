import type { Role } from '@/lib/accounts/roles';

/** Who performs a server operation: the signed-in account, as the guards return it. */
export interface Actor {
  id: string;
  role: Role;
  organizationId: string | null;
}
