import type { Role } from '@/db/schema';

/** Who performs a server operation: the signed-in account, as the guards return it. */
export interface Actor {
  id: string;
  role: Role;
  organizationId: string | null;
}
