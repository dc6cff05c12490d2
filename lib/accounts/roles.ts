/** The four roles of DOMAIN "Glossary" (§11): the database's role enum is built from this list. */
export const ROLES = ['client_user', 'client_admin', 'technician', 'support_manager'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  client_user: 'Utilisateur',
  client_admin: 'Administrateur client',
  technician: 'Technicien',
  support_manager: 'Responsable support',
};

export const CLIENT_ROLES = ['client_user', 'client_admin'] as const satisfies readonly Role[];
export const STAFF_ROLES = ['technician', 'support_manager'] as const satisfies readonly Role[];

export type Area = 'portal' | 'console';

export function isClientRole(role: Role): boolean {
  return (CLIENT_ROLES as readonly Role[]).includes(role);
}

export function isStaff(role: Role): boolean {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

/** The area a role lands on after signing in: clients the portal, staff the console. */
export function homePath(role: Role): '/' | '/console' {
  return isStaff(role) ? '/console' : '/';
}

export function rolesOfArea(area: Area): readonly Role[] {
  return area === 'console' ? STAFF_ROLES : CLIENT_ROLES;
}
