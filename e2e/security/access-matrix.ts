import type { ActionField } from './http';
import type { SecurityObjects } from './objects';

// issue 12: who may reach what — every page, route handler and server action of the build, with
// the answer expected for each kind of visitor. access-matrix.spec.ts runs it over HTTP; a route
// or an action of the build missing here fails it, naming what to add.
//
// To add an entry: one line, with the helper of the area (the guard the page or action uses):
//   '/console/nouvelle-page': staff(),                      // requireStaff()
//   '/x/[id]': portal({ url: (o) => `/x/${o.ticket.id}` }), // a dynamic segment needs a concrete URL
//   'app/console/x/actions.ts#doAction': consoleAction(),   // consoleAction(schema, fn)
// and override an answer where the page differs: portal({ agent: 403 }).

/**
 * Who asks. `otherOrganization` is a client of the Mairie de Saint-Denis-Exemple asking for the
 * Mairie de Saint-Exemple's objects (the Demande, its attachment…).
 */
export const VISITORS = ['anonymous', 'agent', 'clientAdmin', 'technician', 'manager', 'otherOrganization'] as const;
export type MatrixVisitor = (typeof VISITORS)[number];

/**
 * allowed: 200 (the page, or the action ran: it answered a form state); sign-in: sent to the
 * sign-in page; redirect: sent elsewhere (a signed-in user on the sign-in page); refused: an action
 * that ran and refused the object (not found, not yours) without a word about it; or the status.
 */
export type Expected = 'allowed' | 'sign-in' | 'redirect' | 'refused' | 401 | 403 | 404;
export type Answers = Record<MatrixVisitor, Expected>;

export interface RouteRule {
  answers: Answers;
  /** The URL to ask, for a route with dynamic segments. */
  url?: (objects: SecurityObjects) => string;
  /** A route handler that answers POST only (sent from this site's pages, with their Origin). */
  post?: string;
}

export interface ActionRule {
  answers: Answers;
  /**
   * Fields that aim the action at the Mairie de Saint-Exemple's object, sent by the
   * `otherOrganization` visitor (the others send an empty form: only the guard is tested).
   */
  object?: (objects: SecurityObjects) => Array<[string, ActionField]>;
}

type RouteOptions = Partial<Answers & Pick<RouteRule, 'url' | 'post'>>;

const answers = (base: Answers, overrides: RouteOptions = {}): RouteRule => {
  const { url, post, ...rest } = overrides;
  return { answers: { ...base, ...rest }, url, post };
};

// ——— Pages, by the guard they use.
const PORTAL: Answers = { anonymous: 'sign-in', agent: 'allowed', clientAdmin: 'allowed', technician: 403, manager: 403, otherOrganization: 'allowed' };
const STAFF: Answers = { anonymous: 'sign-in', agent: 403, clientAdmin: 403, technician: 'allowed', manager: 'allowed', otherOrganization: 403 };
const ACCOUNT: Answers = {
  anonymous: 'sign-in',
  agent: 'allowed',
  clientAdmin: 'allowed',
  technician: 'allowed',
  manager: 'allowed',
  otherOrganization: 'allowed',
};
const PUBLIC: Answers = {
  anonymous: 'allowed',
  agent: 'allowed',
  clientAdmin: 'allowed',
  technician: 'allowed',
  manager: 'allowed',
  otherOrganization: 'allowed',
};

/** requireClient(): the portal's pages. */
const portal = (o?: RouteOptions) => answers(PORTAL, o);
/** requireRole('client_admin'). */
const portalAdmin = (o?: RouteOptions) => answers(PORTAL, { agent: 403, otherOrganization: 403, ...o });
/** requireStaff(): the console's pages. */
const staff = (o?: RouteOptions) => answers(STAFF, o);
/** requireRole('support_manager'). */
const managers = (o?: RouteOptions) => answers(STAFF, { technician: 403, ...o });
/** requireUser(): any signed-in account. */
const account = (o?: RouteOptions) => answers(ACCOUNT, o);
/** No session needed. */
const open = (o?: RouteOptions) => answers(PUBLIC, o);
/** withSession(area): JSON routes answer 401 without a session, 403 outside their area. */
const api = (area: 'portal' | 'console' | 'any', o?: RouteOptions) =>
  answers(
    {
      anonymous: 401,
      agent: area === 'console' ? 403 : 'allowed',
      clientAdmin: area === 'console' ? 403 : 'allowed',
      technician: area === 'portal' ? 403 : 'allowed',
      manager: area === 'portal' ? 403 : 'allowed',
      otherOrganization: area === 'console' ? 403 : 'allowed',
    },
    o,
  );

const UNKNOWN_ID = '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70';

export const ROUTES: Record<string, RouteRule> = {
  // The sign-in pages send a signed-in account to its home.
  '/connexion': open({ agent: 'redirect', clientAdmin: 'redirect', technician: 'redirect', manager: 'redirect', otherOrganization: 'redirect' }),
  '/connexion/mot-de-passe-oublie': open(),
  '/connexion/reinitialiser': open(),
  '/statut': open(),
  // The favicon (app/icon.svg).
  '/icon.svg': open(),
  '/compte/mot-de-passe': account(),
  '/compte/double-authentification': account(),

  '/': portal(),
  '/demandes': portal(),
  '/demandes/nouvelle': portal(),
  '/demandes/[reference]': portal({ url: (o) => `/demandes/${o.ticket.reference}`, otherOrganization: 404 }),
  '/demandes/[reference]/confirmation': portal({ url: (o) => `/demandes/${o.ticket.reference}/confirmation`, otherOrganization: 404 }),
  '/demandes/compte-logiciel': portalAdmin(),
  '/demandes/restauration': portalAdmin(),
  '/faq': portal(),
  '/faq/[slug]': portal({ url: (o) => `/faq/${o.faq.slug}` }),
  '/annonces': portal(),
  '/notifications': portal(),
  '/compte': portal(),
  '/compte/utilisateurs': portalAdmin(),
  '/disponibilite': portal(),
  '/rapports': portal(),
  '/aide/criticite': portal(),

  '/console': staff(),
  '/console/demandes': staff(),
  '/console/demandes/nouvelle': staff(),
  '/console/demandes/[reference]': staff({ url: (o) => `/console/demandes/${o.ticket.reference}` }),
  '/console/faq': staff(),
  '/console/faq/nouvelle': staff(),
  '/console/faq/[id]': staff({ url: (o) => `/console/faq/${o.faq.id}` }),
  '/console/annonces': staff(),
  '/console/annonces/nouvelle': staff(),
  '/console/annonces/[id]': staff({ url: (o) => `/console/annonces/${o.announcement.id}` }),
  '/console/notifications': staff(),
  '/console/compte': staff(),
  '/console/incidents': staff(),
  '/console/incidents/nouveau': staff(),
  // No incident exists in the demo data: an id that is none is not found.
  '/console/incidents/[id]': staff({ url: () => `/console/incidents/${UNKNOWN_ID}`, technician: 404, manager: 404 }),
  '/console/incidents/[id]/corriger': staff({ url: () => `/console/incidents/${UNKNOWN_ID}/corriger`, technician: 404, manager: 404 }),
  '/console/disponibilite': staff(),
  '/console/rapports': staff(),
  '/console/rapports/usage': managers(),
  '/console/aide/criticite': staff(),
  '/console/journal': managers(),
  '/console/parametres': managers(),
  '/console/organisations': managers(),
  '/console/organisations/nouvelle': managers(),
  '/console/organisations/[id]': managers({ url: (o) => `/console/organisations/${o.organizationId}` }),

  '/api/pieces-jointes/[id]': api('any', { url: (o) => `/api/pieces-jointes/${o.attachmentId}`, otherOrganization: 404 }),
  '/api/annonces/fichiers/[id]': api('any', { url: (o) => `/api/annonces/fichiers/${o.announcement.fileId}` }),
  '/api/faq/suggestions': api('portal', { url: () => '/api/faq/suggestions?q=acte' }),
  '/api/journal': api('console', { technician: 403 }),
  '/api/disponibilite': api('console'),
  '/api/rapports/vues': api('any', { post: '/demandes' }),
  '/api/rapports/[tableau]': api('any', {
    url: () => '/api/rapports/inconnu',
    agent: 404,
    clientAdmin: 404,
    technician: 404,
    manager: 404,
    otherOrganization: 404,
  }),
  // The load balancer's health check (and the benchmark's framework floor) answers anyone.
  '/api/sante': open(),
  // next-auth's own endpoints (session, CSRF token, providers) answer anyone.
  '/api/auth/[...nextauth]': open({ url: () => '/api/auth/session' }),
};

// ——— Actions, by their wrapper (lib/server/actions/define-action.ts).
const rule = (base: Answers, object?: ActionRule['object'], overrides: Partial<Answers> = {}): ActionRule => ({
  answers: { ...base, ...(object ? { otherOrganization: 'refused' as const } : {}), ...overrides },
  object,
});
/** portalAction: clients; `object` aims it at Saint-Exemple's object, refused to the other organization. */
const portalAction = (object?: ActionRule['object'], overrides?: Partial<Answers>) => rule(PORTAL, object, overrides);
/** consoleAction: staff (or managers with its roles argument). */
const consoleAction = (overrides?: Partial<Answers>) => rule(STAFF, undefined, overrides);
const managerAction = () => consoleAction({ technician: 403 });
/** accountAction: any signed-in account, on its own account. */
const accountAction = () => rule(ACCOUNT);
/** publicAction: no session (password reset). */
const publicAction = () => rule(PUBLIC);

const onTicket = (o: SecurityObjects, extra: Array<[string, ActionField]> = []): Array<[string, ActionField]> => [
  ['ticketId', o.ticket.id],
  ['reference', o.ticket.reference],
  ...extra,
];

export const ACTIONS: Record<string, ActionRule> = {
  'app/(auth)/connexion/actions.ts#forgotPasswordAction': publicAction(),
  'app/(auth)/connexion/actions.ts#resetPasswordAction': publicAction(),
  'app/(auth)/compte/actions.ts#changePasswordAction': accountAction(),
  'app/(auth)/compte/actions.ts#updateProfileAction': accountAction(),
  'app/(auth)/compte/actions.ts#confirmTotpAction': accountAction(),
  'app/(auth)/compte/actions.ts#disableTotpAction': accountAction(),
  'app/(auth)/compte/actions.ts#markAllReadAction': accountAction(),
  'app/(auth)/compte/actions.ts#markTicketReadAction': accountAction(),
  'app/(auth)/compte/actions.ts#emailPreferenceAction': accountAction(),

  'app/(portal)/demandes/actions.ts#createTicketAction': portalAction(),
  'app/(portal)/demandes/actions.ts#replyAction': portalAction((o) => onTicket(o, [['body', 'Une réponse d’une autre mairie.']])),
  'app/(portal)/demandes/actions.ts#provideInformationAction': portalAction((o) => onTicket(o, [['answer', 'Des informations d’une autre mairie.']])),
  'app/(portal)/demandes/actions.ts#closeAction': portalAction((o) => onTicket(o)),
  'app/(portal)/demandes/actions.ts#reopenAction': portalAction((o) => onTicket(o, [['reason', 'Toujours en panne.']])),
  'app/(portal)/demandes/actions.ts#cancelAction': portalAction((o) => onTicket(o)),
  'app/(portal)/demandes/compte-logiciel/actions.ts#fileSoftwareAccountRequestAction': portalAction(),
  'app/(portal)/demandes/restauration/actions.ts#fileRestoreRequestAction': portalAction(),
  'app/(portal)/compte/utilisateurs/actions.ts#createUserAction': portalAction(),
  'app/(portal)/compte/utilisateurs/actions.ts#setUserActiveAction': portalAction(),
  'app/(portal)/compte/utilisateurs/actions.ts#changeUserRoleAction': portalAction(),
  'app/(portal)/faq/[slug]/actions.ts#voteAction': portalAction(),

  'app/console/demandes/nouvelle/actions.ts#phoneCallAction': consoleAction(),
  'app/console/demandes/queue-actions.ts#bulkTriageAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#takeAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#assignAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#qualifyAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#requalifyAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#requestInformationAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#deliverActionPlanAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#deliverRemedyAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#resolveAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#closeAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#reopenAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#commentAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#excludeFromPickupRatioAction': managerAction(),
  'app/console/demandes/[reference]/actions.ts#planRequestAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#completeRequestAction': consoleAction(),
  'app/console/demandes/[reference]/actions.ts#refuseRequestAction': consoleAction(),
  'app/console/incidents/actions.ts#openIncidentAction': consoleAction(),
  'app/console/incidents/actions.ts#correctIncidentAction': consoleAction(),
  'app/console/incidents/actions.ts#closeIncidentAction': consoleAction(),
  'app/console/incidents/actions.ts#addIncidentUpdateAction': consoleAction(),
  'app/console/faq/actions.ts#createFaqArticleAction': consoleAction(),
  'app/console/faq/actions.ts#updateFaqArticleAction': consoleAction(),
  'app/console/faq/actions.ts#setFaqArticlePublicationAction': consoleAction(),
  'app/console/annonces/actions.ts#createAnnouncementAction': consoleAction(),
  'app/console/annonces/actions.ts#updateAnnouncementAction': consoleAction(),
  'app/console/parametres/actions.ts#saveCalendarAction': managerAction(),
  'app/console/parametres/actions.ts#saveContactAction': managerAction(),
  'app/console/parametres/actions.ts#saveAtRiskAction': managerAction(),
  'app/console/parametres/actions.ts#retryEmailAction': managerAction(),
  'app/console/parametres/actions.ts#staffTotpAction': managerAction(),
  'app/console/organisations/actions.ts#createOrganizationAction': managerAction(),
  'app/console/organisations/actions.ts#updateOrganizationAction': managerAction(),
  'app/console/organisations/actions.ts#updateContractAction': managerAction(),
  'app/console/organisations/actions.ts#suspendSupportAction': managerAction(),
  'app/console/organisations/actions.ts#resumeSupportAction': managerAction(),
  'app/console/organisations/actions.ts#createOrganizationAccountAction': managerAction(),
  'app/console/organisations/actions.ts#setOrganizationAccountActiveAction': managerAction(),
  'app/console/organisations/actions.ts#resetAccountPasswordAction': managerAction(),
};
