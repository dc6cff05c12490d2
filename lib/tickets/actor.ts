/** The four roles of DOMAIN "Glossary"; the same values as the database's role enum. */
export const ROLES = ['client_user', 'client_admin', 'technician', 'support_manager'] as const;
export type Role = (typeof ROLES)[number];

/** Who acts, seen from one Demande; computed by the server from the session and the Demande. */
export interface ActorContext {
  role: Role;
  /** The actor registered the Demande (or it was recorded for them by phone). */
  isRequester: boolean;
  isAssignee: boolean;
  /** The actor belongs to the Demande's organization; always false for staff. */
  sameOrganization: boolean;
}

export function isClientRole(role: Role): boolean {
  return role === 'client_user' || role === 'client_admin';
}
