import { isStaff, type Role } from '@/lib/accounts/roles';

/** Who acts, seen from one Demande; computed by the server from the session and the Demande. */
export interface ActorContext {
  role: Role;
  /** The actor registered the Demande (or it was recorded for them by phone). */
  isRequester: boolean;
  isAssignee: boolean;
  /** The actor belongs to the Demande's organization; always false for staff. */
  sameOrganization: boolean;
}

/** Who acts, seen from one Demande: the one way the server builds it, for `can` and the pages alike. */
export function actorContextOf(
  actor: { id: string; role: Role; organizationId: string | null },
  ticket: { requesterId: string; assigneeId: string | null; organizationId: string },
): ActorContext {
  return {
    role: actor.role,
    isRequester: actor.id === ticket.requesterId,
    isAssignee: actor.id === ticket.assigneeId,
    sameOrganization: !isStaff(actor.role) && actor.organizationId === ticket.organizationId,
  };
}
