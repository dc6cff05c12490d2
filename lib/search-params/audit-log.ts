import { AUDIT_ACTIONS } from '@/lib/accounts/audit-actions';
import { localDate, oneOf, text, uuid } from './param-codecs';
import { defineSearchParams, type SearchValues } from './search-params';

/** The journal's filters (/console/journal and its CSV export, /api/journal). */
export const auditLogSearch = defineSearchParams({
  action: oneOf(Object.keys(AUDIT_ACTIONS) as Array<keyof typeof AUDIT_ACTIONS>),
  organizationId: uuid().named('collectivite'),
  actorEmail: text({ max: 320 }).named('acteur'),
  from: localDate().named('du'),
  to: localDate().named('au'),
});

export type AuditLogSearch = SearchValues<typeof auditLogSearch>;
