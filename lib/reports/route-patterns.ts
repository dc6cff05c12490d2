/**
 * §17: the pages whose views are counted, by route pattern — the address with its variable parts
 * named (`/demandes/[reference]`), never an address itself, which may carry a reference. One entry
 * per page of the portal and the console (a test checks the list against app/), with its name.
 */
export const ROUTE_PATTERNS = {
  '/': 'Portail · Accueil',
  '/demandes': 'Portail · Demandes',
  '/demandes/nouvelle': 'Portail · Nouvelle demande',
  '/demandes/restauration': 'Portail · Demande de restauration',
  '/demandes/compte-logiciel': 'Portail · Demande de compte logiciel',
  '/demandes/[reference]': 'Portail · Suivi d’une demande',
  '/demandes/[reference]/confirmation': 'Portail · Demande enregistrée',
  '/faq': 'Portail · FAQ',
  '/faq/[slug]': 'Portail · Article de la FAQ',
  '/annonces': 'Portail · Annonces',
  '/disponibilite': 'Portail · Disponibilité',
  '/notifications': 'Portail · Notifications',
  '/compte': 'Portail · Mon compte',
  '/compte/utilisateurs': 'Portail · Utilisateurs',
  '/rapports': 'Portail · Rapports',
  '/aide/criticite': 'Portail · La criticité',
  '/console': 'Console · Tableau de bord',
  '/console/demandes': 'Console · Demandes',
  '/console/demandes/nouvelle': 'Console · Enregistrer un appel',
  '/console/demandes/[reference]': 'Console · Fiche d’une demande',
  '/console/faq': 'Console · FAQ',
  '/console/faq/nouvelle': 'Console · Nouvel article de la FAQ',
  '/console/faq/[id]': 'Console · Article de la FAQ',
  '/console/annonces': 'Console · Annonces',
  '/console/annonces/nouvelle': 'Console · Nouvelle annonce',
  '/console/annonces/[id]': 'Console · Modifier une annonce',
  '/console/incidents': 'Console · Incidents',
  '/console/incidents/nouveau': 'Console · Nouvel incident',
  '/console/incidents/[id]': 'Console · Incident',
  '/console/incidents/[id]/corriger': 'Console · Corriger un incident',
  '/console/disponibilite': 'Console · Disponibilité par collectivité',
  '/console/organisations': 'Console · Collectivités',
  '/console/organisations/nouvelle': 'Console · Nouvelle collectivité',
  '/console/organisations/[id]': 'Console · Collectivité',
  '/console/journal': 'Console · Journal',
  '/console/parametres': 'Console · Paramètres du support',
  '/console/rapports': 'Console · Rapports',
  '/console/rapports/usage': 'Console · Usage du portail',
  '/console/notifications': 'Console · Notifications',
  '/console/compte': 'Console · Mon compte',
  '/console/aide/criticite': 'Console · La criticité',
} as const satisfies Record<string, string>;

export type RoutePattern = keyof typeof ROUTE_PATTERNS;

export function isRoutePattern(value: string): value is RoutePattern {
  return Object.hasOwn(ROUTE_PATTERNS, value);
}

const DYNAMIC = /^\[[A-Za-z]+\]$/;

const COMPILED = (Object.keys(ROUTE_PATTERNS) as RoutePattern[]).map((pattern) => ({ pattern, segments: segmentsOf(pattern) }));

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * The route pattern of an address's path (`/demandes/DEM-2026-000123` → `/demandes/[reference]`),
 * or null when no page has it (a mistyped address). A page's own name beats a variable part:
 * `/demandes/nouvelle` is the new-Demande page, not a Demande referenced "nouvelle".
 */
export function routePatternOf(pathname: string): RoutePattern | null {
  const segments = segmentsOf(pathname);
  let best: { pattern: RoutePattern; rank: string } | null = null;
  for (const { pattern, segments: expected } of COMPILED) {
    if (expected.length !== segments.length) continue;
    let rank = '';
    let matches = true;
    for (const [index, part] of expected.entries()) {
      if (DYNAMIC.test(part)) rank += '0';
      else if (part === segments[index]) rank += '1';
      else {
        matches = false;
        break;
      }
    }
    if (matches && (best === null || rank > best.rank)) best = { pattern, rank };
  }
  return best?.pattern ?? null;
}
