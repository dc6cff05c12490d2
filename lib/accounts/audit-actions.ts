/** What the audit log records, and how the journal names it in French. */
export const AUDIT_ACTIONS = {
  'sign-in.succeeded': 'Connexion réussie',
  'sign-in.failed': 'Connexion refusée',
  'account.created': 'Compte créé',
  'account.role-changed': 'Rôle modifié',
  'account.deactivated': 'Compte désactivé',
  'account.reactivated': 'Compte réactivé',
  'account.profile-updated': 'Profil modifié',
  'password.changed': 'Mot de passe changé',
  'password.reset-by-support': 'Mot de passe réinitialisé par le support',
  'password.reset-requested': 'Lien de réinitialisation demandé',
  'password.reset-by-link': 'Mot de passe réinitialisé par lien',
  'totp.enabled': 'Double authentification activée',
  'totp.disabled': 'Double authentification désactivée',
  'totp.recovery-code-used': 'Code de secours utilisé',
  'organization.created': 'Collectivité créée',
  'organization.updated': 'Collectivité modifiée',
  'contract.updated': 'Contrat modifié',
  'support.suspended': 'Support suspendu',
  'support.resumed': 'Support rétabli',
  'security.staff-totp-required': 'Double authentification exigée du support',
  'security.staff-totp-optional': 'Double authentification facultative pour le support',
  'ticket.pickup-excluded': 'Demande retirée du calcul des 75 %',
  'request.restore-filed': 'Restauration demandée',
  'request.software-account-filed': 'Compte logiciel demandé',
  'request.planned': 'Demande planifiée',
  'request.done': 'Demande réalisée',
  'request.refused': 'Demande refusée',
  'incident.opened': 'Incident ouvert',
  'incident.update-published': 'Point d’étape d’un incident publié',
  'incident.closed': 'Incident terminé',
  'incident.corrected': 'Incident corrigé',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
