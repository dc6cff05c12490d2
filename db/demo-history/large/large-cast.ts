import { DateTime } from 'luxon';
import type { Contract, FaqArticle, Organization, User } from '@/db/schema';
import { FAQ_MODULES } from '@/lib/faq/modules';
import { slugify } from '@/lib/faq/slugify';
import type { PlanOrganization } from '../plan';
import { PRODUCT_MODULES } from '@/lib/accounts/product-modules';
import type { Random } from '../random';
import type { Person } from '../simulate';
import { FIRST_NAMES, LAST_NAMES, TOWN_PREFIXES, TOWN_ROOTS, TOWN_SUFFIXES } from '../words';

const MODULES: readonly string[] = PRODUCT_MODULES;
const OVERSEAS = ['America/Guadeloupe', 'America/Martinique', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte', 'Pacific/Tahiti', 'Pacific/Noumea'];

export interface LargeCast {
  organizations: Organization[];
  contracts: Contract[];
  users: User[];
  /** The organizations as the stories see them (with their clients), demo ones included. */
  plan: PlanOrganization[];
  /** The support staff, demo ones included. */
  staff: Person[];
}

/**
 * Town halls with their contracts and people, for a large database: `organizations` in all
 * (the demo ones given count), about `users` accounts in all, the support staff among them.
 * Every generated account shares one password hash: they exist to be Demandes' requesters, not to sign in.
 */
export function planLargeCast(
  random: Random,
  {
    organizations: total,
    users: totalUsers,
    now,
    months,
    passwordHash,
    demo,
  }: { organizations: number; users: number; now: Date; months: number; passwordHash: string; demo: { organizations: PlanOrganization[]; staff: Person[] } },
): LargeCast {
  const cast: LargeCast = { organizations: [], contracts: [], users: [], plan: [...demo.organizations], staff: [...demo.staff] };
  const generated = Math.max(0, total - demo.organizations.length);
  const technicians = Math.max(2, Math.round(total / 50));
  const managers = Math.max(1, Math.round(technicians / 12));
  const people = (role: Person['role'], organizationId: string | null, domain: string, index: number): User => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const createdAt = new Date(now.getTime() - random.int(30, 900) * 24 * 3_600_000);
    return {
      id: random.uuid(),
      organizationId,
      email: `${slugify(first)}.${slugify(last)}.${index}@${domain}`,
      name: `${first} ${last}`,
      phone: null,
      role,
      passwordHash,
      mustChangePassword: false,
      active: true,
      sessionVersion: 0,
      lastSignInAt: null,
      passwordChangedAt: null,
      deactivatedAt: null,
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      createdAt,
    };
  };
  for (let index = 0; index < technicians + managers; index++) {
    const user = people(index < managers ? 'support_manager' : 'technician', null, 'support.guichet.demo', index);
    cast.users.push(user);
    cast.staff.push(personOf(user));
  }
  const clientBudget = Math.max(
    generated * 2,
    totalUsers - cast.users.length - demo.staff.length - demo.organizations.reduce((sum, o) => sum + o.clients.length, 0),
  );
  const perOrganization = clientBudget / Math.max(1, generated);
  const names = new Set<string>();
  for (let index = 0; index < generated; index++) {
    let name = '';
    do {
      name = `Mairie de ${random.pick(TOWN_PREFIXES)}-${random.pick(TOWN_ROOTS)}${random.chance(0.6) ? `-${random.pick(TOWN_SUFFIXES)}` : ''}`;
      if (names.has(name)) name = `${name} (${index})`;
    } while (names.has(name));
    names.add(name);
    const id = random.uuid();
    const timeZone = random.chance(0.1) ? random.pick(OVERSEAS) : 'Europe/Paris';
    const supportStart = DateTime.fromJSDate(now, { zone: timeZone })
      .minus({ months: random.int(2, months + 12), days: random.int(0, 27) })
      .toISODate()!;
    const createdAt = DateTime.fromISO(supportStart, { zone: timeZone })
      .minus({ days: random.int(7, 60) })
      .toJSDate();
    const modules = MODULES.filter((module) => module === 'État civil' || random.chance(0.7));
    cast.organizations.push({ id, name, siren: null, timeZone, closedDays: [], supportSuspendedAt: null, supportSuspensionReason: null, createdAt });
    const count = Math.max(2, Math.round(perOrganization * random.between(0.5, 1.5)));
    const domain = `${slugify(name).replace(/^mairie-de-/, '')}-${index}.fr`;
    const clients: Person[] = [];
    for (let n = 0; n < count; n++) {
      const user = people(n === 0 || (n === 1 && count > 8) ? 'client_admin' : 'client_user', id, domain, n);
      user.createdAt = new Date(Math.max(createdAt.getTime(), user.createdAt.getTime()));
      cast.users.push(user);
      clients.push(personOf(user));
    }
    cast.contracts.push({
      id: random.uuid(),
      organizationId: id,
      modules,
      namedUserLimit: Math.max(10, count + random.int(0, 10)),
      supportStartDate: supportStart,
      createdAt,
    });
    cast.plan.push({ id, timeZone, modules, supportStartDate: supportStart, emailDomain: domain, clients, weight: 0.2 + random.next() ** 2 * 3 });
  }
  return cast;
}

function personOf(user: User): Person {
  return { id: user.id, role: user.role, organizationId: user.organizationId, name: user.name, email: user.email };
}

const ACTIONS = [
  'Éditer',
  'Corriger',
  'Rechercher',
  'Exporter',
  'Importer',
  'Archiver',
  'Signer',
  'Imprimer',
  'Paramétrer',
  'Transmettre',
  'Vérifier',
  'Supprimer',
  'Dupliquer',
  'Consulter',
  'Valider',
];
const OBJECTS: Record<string, string[]> = {
  'État civil': [
    'un acte de naissance',
    'un acte de mariage',
    'un acte de décès',
    'une mention marginale',
    'un livret de famille',
    'le registre annuel',
    'une copie intégrale',
    'un extrait avec filiation',
  ],
  Élections: [
    'la liste électorale',
    'une procuration',
    'les listes d’émargement',
    'un bureau de vote',
    'la commission de contrôle',
    'une inscription d’office',
    'une radiation',
    'les cartes électorales',
  ],
  COMEDEC: [
    'une demande de vérification',
    'le certificat serveur',
    'une réponse au notaire',
    'les habilitations',
    'une demande en attente',
    'le journal des échanges',
  ],
  Cimetières: ['une concession', 'le plan du cimetière', 'un défunt', 'une échéance de concession', 'une reprise de concession', 'le registre des inhumations'],
  Général: ['votre mot de passe', 'un compte utilisateur', 'les notifications', 'un document PDF', 'les droits d’un agent', 'votre profil', 'une pièce jointe'],
};
const QUALIFIERS = [
  'pas à pas',
  'en cas d’erreur',
  'depuis la version 5',
  'sur un poste partagé',
  'pour une autre commune',
  'en fin d’année',
  'avec un lecteur d’écran',
  'sans perdre la saisie',
  'en urgence',
  'après une mise à jour',
];

/** `count` French FAQ articles written from templates, titles unique, most of them published (§15). */
export function planLargeFaq(random: Random, { count, authorIds, now }: { count: number; authorIds: readonly string[]; now: Date }): FaqArticle[] {
  const articles: FaqArticle[] = [];
  const slugs = new Set<string>();
  for (let index = 0; articles.length < count; index++) {
    const category = random.pick(FAQ_MODULES);
    const object = random.pick(OBJECTS[category]!);
    const title = `${random.pick(ACTIONS)} ${object} ${random.pick(QUALIFIERS)}`;
    let slug = slugify(title);
    if (slugs.has(slug)) slug = `${slug}-${index}`;
    slugs.add(slug);
    const createdAt = new Date(now.getTime() - random.int(10, 1000) * 24 * 3_600_000);
    const published = random.chance(0.92);
    const menu = `${category} > ${random.pick(['Paramètres', 'Outils', 'Registres', 'Éditions'])}`;
    articles.push({
      id: random.uuid(),
      slug,
      title,
      body: [
        `Cette fiche explique comment ${title.charAt(0).toLowerCase()}${title.slice(1)} dans le module ${category}.`,
        '',
        '## Marche à suivre',
        '',
        `1. Ouvrez le menu *${menu}*.`,
        `2. Sélectionnez ${object} dans la liste, puis cliquez sur **${random.pick(ACTIONS)}**.`,
        '3. Vérifiez le résultat avant de valider : la sécurité des données de vos administrés en dépend.',
        '',
        '## Si cela ne fonctionne pas',
        '',
        `Notez le message affiché et déposez une demande dans le module ${category === 'Général' ? 'concerné' : category} : le support vous répond dans les délais du livret de service.`,
      ].join('\n'),
      module: category,
      published,
      views: random.int(0, 600),
      helpfulYes: 0,
      helpfulNo: 0,
      sourceTicketId: null,
      authorId: random.pick(authorIds),
      createdAt,
      updatedAt: new Date(Math.min(now.getTime(), createdAt.getTime() + random.int(0, 30) * 24 * 3_600_000)),
      publishedAt: published ? createdAt : null,
      search: '',
    });
  }
  return articles;
}
