import { DateTime } from 'luxon';
import type { BusinessCalendar } from '@/lib/calendar';
import { DEMANDE_ORIGINS, FAQ_SEARCH_OUTCOMES, usageDay } from '@/lib/reports/usage';
import { ROUTE_PATTERNS, type RoutePattern } from '@/lib/reports/route-patterns';
import { formatTicketReference } from '@/lib/tickets';
import { planIncidents, type PlannedIncidents } from './incidents';
import { DAY_MS, officeCalendar, openInstantBetween } from './instants';
import { Random } from './random';
import { historyDraft, HISTORY_KINDS, presentDraft, PRESENT_KINDS, type Cast, type Draft, type HistoryKind } from './stories';
import { TicketRun, type Person, type PlannedTicket, type SimWorld } from './simulate';

export interface PlanOrganization {
  id: string;
  timeZone: string;
  modules: readonly string[];
  /** §13: the contract's support start date ('YYYY-MM-DD'): nothing is filed before it. */
  supportStartDate: string;
  /** The domain of its people's addresses (software accounts are asked for them). */
  emailDomain: string;
  clients: readonly Person[];
  /** Its share of the Demandes, relative to the others'. */
  weight: number;
}

export interface SupportSettingsInput {
  calendar: BusinessCalendar;
  atRiskRatio: number;
  waitingReminderBusinessDays: number;
  dailyBackupAt: string;
}

export interface DemoHistoryInput {
  seed: number | string;
  /** Where the story stops: the seed's instant. */
  now: Date;
  /** How far back the history goes (never before a contract's support start). */
  months: number;
  /** Demandes told over the months, besides those set in the present. */
  tickets: number;
  /** Add, per organization, the Demandes that stand now in each state of the queues. */
  present: boolean;
  settings: SupportSettingsInput;
  organizations: readonly PlanOrganization[];
  /** Technicians and managers, with how often each takes a Demande. */
  staff: ReadonlyArray<{ person: Person; weight: number }>;
  faqArticles: ReadonlyArray<{ id: string; module: string; published: boolean }>;
  /** The portal's address for the emails' links; null writes no email (nor does `notifications: false`). */
  publicUrl: string | null;
  notifications: boolean;
  /** Small files attached now and then. */
  files: boolean;
  /** The number of the first reference (the sequence's next value). */
  firstNumber: number;
}

export interface FaqVote {
  articleId: string;
  userId: string;
  helpful: boolean;
  votedAt: Date;
}

export interface UsageCount {
  day: string;
  metric: string;
  key: string;
  count: number;
}

export interface DemoHistoryPlan {
  tickets: PlannedTicket[];
  /** The number of the last reference handed out: the sequence continues after it. */
  lastNumber: number;
  /** Stories the rules refused, left out (none expected: the tests check it). */
  refused: string[];
  incidents: PlannedIncidents;
  faqVotes: FaqVote[];
  usage: UsageCount[];
}

/**
 * The demo history, planned without touching a database: the same seed and the same `now` give
 * the same rows. Each Demande is told through the real rules (stories.ts → simulate.ts), numbered
 * in the order they were filed.
 */
export function planDemoHistory(input: DemoHistoryInput): DemoHistoryPlan {
  const root = new Random(input.seed);
  const world = worldOf(input);
  const drafts: Array<{ draft: Draft; random: Random }> = [];
  const totalWeight = input.organizations.reduce((sum, organization) => sum + organization.weight, 0);
  const from = historyStart(input);

  input.organizations.forEach((organization, index) => {
    const cast = castOf(input, world, organization);
    const random = root.fork(`organisation-${index}`);
    const start = organizationStart(organization, from);
    const count = Math.round((input.tickets * organization.weight) / totalWeight);
    for (let n = 0; n < count; n++) {
      const own = random.fork(n);
      const createdAt = filedAt(own, organization, start, input.now);
      const kind = own.weighted(HISTORY_KINDS) as HistoryKind;
      drafts.push({ draft: historyDraft(cast, own, createdAt, kind), random: own });
    }
    if (input.present) {
      PRESENT_KINDS.forEach((kind) => {
        const own = random.fork(kind);
        drafts.push({ draft: presentDraft(cast, own, input.now, kind), random: own });
      });
    }
  });

  drafts.sort((a, b) => a.draft.ticket.createdAt.getTime() - b.draft.ticket.createdAt.getTime());
  let number = input.firstNumber - 1;
  const tickets: PlannedTicket[] = [];
  const refused: string[] = [];
  for (const { draft, random } of drafts) {
    // The year of registration as the support centre counts it (lib/server/tickets/create-ticket.ts).
    const year = DateTime.fromJSDate(draft.ticket.createdAt, { zone: input.settings.calendar.timeZone }).year;
    const run = new TicketRun(world, random, { ...draft.ticket, id: random.uuid(), reference: formatTicketReference(year, number + 1) });
    try {
      tickets.push(tellStory(draft, run));
      number++;
    } catch (error) {
      // A story the rules refuse at this "now" (a calendar corner no test met) is left out rather
      // than stopping a first start; its number goes to the next one. The tests require none.
      refused.push(error instanceof Error ? error.message : String(error));
    }
  }
  markRead(tickets, root.fork('lecture'), input.now);

  const staffPeople = input.staff.map(({ person }) => person);
  const author = staffPeople.find((person) => person.role === 'support_manager') ?? staffPeople[0]!;
  return {
    tickets,
    lastNumber: number,
    refused,
    incidents: planIncidents(root.fork('incidents'), {
      from,
      now: input.now,
      organizationIds: input.organizations.map((organization) => organization.id),
      author,
    }),
    faqVotes: planFaqVotes(root.fork('faq'), input, from),
    usage: planUsage(
      root.fork('usage'),
      tickets.filter(({ ticket }) => ticket.channel === 'portal').map(({ ticket }) => ticket.createdAt),
      from,
      input.now,
    ),
  };
}

/** A draft's story played on its Demande, up to now; a story the rules refuse names itself. */
export function tellStory(draft: Draft, run: TicketRun): PlannedTicket {
  try {
    draft.play(run);
    return run.finish();
  } catch (error) {
    throw new Error(`Histoire « ${draft.kind} » de ${run.row.reference} : ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export function worldOf(input: Pick<DemoHistoryInput, 'now' | 'settings' | 'organizations' | 'staff' | 'publicUrl' | 'notifications'>): SimWorld {
  const people = new Map<string, Person>();
  for (const organization of input.organizations) for (const person of organization.clients) people.set(person.id, person);
  for (const { person } of input.staff) people.set(person.id, person);
  return {
    now: input.now,
    supportCalendar: input.settings.calendar,
    atRiskRatio: input.settings.atRiskRatio,
    waitingReminderBusinessDays: input.settings.waitingReminderBusinessDays,
    dailyBackupAt: input.settings.dailyBackupAt,
    managerIds: input.staff.filter(({ person }) => person.role === 'support_manager').map(({ person }) => person.id),
    people,
    notifications: input.notifications,
    publicUrl: input.publicUrl,
  };
}

export function castOf(input: Pick<DemoHistoryInput, 'staff' | 'files'>, world: SimWorld, organization: PlanOrganization): Cast {
  return {
    world,
    organization: {
      id: organization.id,
      timeZone: organization.timeZone,
      administratorIds: organization.clients.filter((person) => person.role === 'client_admin').map((person) => person.id),
      modules: organization.modules,
      emailDomain: organization.emailDomain,
    },
    clients: organization.clients,
    administrators: organization.clients.filter((person) => person.role === 'client_admin'),
    staff: input.staff,
    managers: input.staff.filter(({ person }) => person.role === 'support_manager').map(({ person }) => person),
    files: input.files,
  };
}

/** `months` before now. */
export function historyStart({ now, months, settings }: Pick<DemoHistoryInput, 'now' | 'months' | 'settings'>): Date {
  return DateTime.fromJSDate(now, { zone: settings.calendar.timeZone }).minus({ months }).toJSDate();
}

/** An organization's history starts with its support (§13), or `from`, whichever is later. */
export function organizationStart(organization: PlanOrganization, from: Date): Date {
  const support = DateTime.fromISO(organization.supportStartDate, { zone: organization.timeZone }).toJSDate();
  return support.getTime() > from.getTime() ? support : from;
}

/** When a Demande was filed: mostly in the town hall's office hours, some in the evening or at the weekend. */
export function filedAt(random: Random, organization: PlanOrganization, start: Date, now: Date): Date {
  if (start.getTime() >= now.getTime()) return new Date(now.getTime() - DAY_MS);
  if (random.chance(0.88)) return openInstantBetween(officeCalendar(organization.timeZone), random, start, now);
  return new Date(start.getTime() + Math.floor(random.next() * (now.getTime() - start.getTime())));
}

/**
 * The bell: what is older than two days has been read (some minutes to a day after it came),
 * the rest waits; everyone keeps at least their three latest unread, so the demo's bell shows something.
 */
function markRead(tickets: readonly PlannedTicket[], random: Random, now: Date): void {
  const byUser = new Map<string, PlannedTicket['notifications']>();
  for (const ticket of tickets) {
    for (const notification of ticket.notifications) {
      const list = byUser.get(notification.userId) ?? [];
      list.push(notification);
      byUser.set(notification.userId, list);
    }
  }
  for (const list of byUser.values()) {
    list.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    list.forEach((notification, index) => {
      const recent = now.getTime() - notification.createdAt.getTime() < 2 * DAY_MS;
      if (recent || index >= list.length - 3) return;
      const readAt = notification.createdAt.getTime() + random.int(5, 24 * 60) * 60_000;
      notification.readAt = new Date(Math.min(readAt, now.getTime() - 60_000));
    });
  }
}

/** "Cette réponse vous a-t-elle aidé ?": the clients' answers on the how-to articles of their modules. */
function planFaqVotes(random: Random, input: DemoHistoryInput, from: Date): FaqVote[] {
  const votes: FaqVote[] = [];
  for (const organization of input.organizations) {
    const articles = input.faqArticles.filter((article) => article.published && organization.modules.includes(article.module));
    for (const client of organization.clients) {
      for (const article of articles) {
        if (!random.chance(0.45)) continue;
        const votedAt = new Date(from.getTime() + Math.floor(random.next() * (input.now.getTime() - from.getTime())));
        votes.push({ articleId: article.id, userId: client.id, helpful: random.chance(0.8), votedAt });
      }
    }
  }
  return votes;
}

const PAGE_WEIGHTS: Partial<Record<RoutePattern, number>> = {
  '/': 40,
  '/demandes': 25,
  '/demandes/[reference]': 30,
  '/demandes/nouvelle': 6,
  '/faq': 12,
  '/faq/[slug]': 14,
  '/annonces': 4,
  '/notifications': 6,
  '/console': 30,
  '/console/demandes': 45,
  '/console/demandes/[reference]': 60,
  '/console/faq': 3,
  '/console/organisations': 4,
};

/**
 * §17: usage counted without personal data — page views per route pattern and day, FAQ searches
 * with and without a result, and the Demandes filed in the portal by what preceded them (as many
 * as the history filed that day).
 */
export function planUsage(random: Random, portalFilings: Iterable<Date>, from: Date, now: Date): UsageCount[] {
  const counts = new Map<string, UsageCount>();
  const add = (day: string, metric: string, key: string, count: number) => {
    if (count <= 0) return;
    const id = `${day}|${metric}|${key}`;
    const entry = counts.get(id) ?? { day, metric, key, count: 0 };
    entry.count += count;
    counts.set(id, entry);
  };
  for (let day = DateTime.fromJSDate(from, { zone: 'Europe/Paris' }).startOf('day'); day.toMillis() <= now.getTime(); day = day.plus({ days: 1 })) {
    const iso = day.toISODate()!;
    const activity = day.weekday > 5 ? 0.05 : random.between(0.6, 1.4);
    for (const [pattern, weight] of Object.entries(PAGE_WEIGHTS) as Array<[RoutePattern, number]>) {
      if (!(pattern in ROUTE_PATTERNS)) continue;
      add(iso, 'page_view', pattern, Math.round(weight * activity * random.between(0.7, 1.3)));
    }
    const searches = Math.round(10 * activity * random.between(0.5, 1.5));
    const withResult = Math.round(searches * random.between(0.7, 0.9));
    add(iso, 'faq_search', FAQ_SEARCH_OUTCOMES[0], withResult);
    add(iso, 'faq_search', FAQ_SEARCH_OUTCOMES[1], searches - withResult);
  }
  for (const filedAt of portalFilings) {
    const origin = random.weighted({ [DEMANDE_ORIGINS[0]]: 2, [DEMANDE_ORIGINS[1]]: 3, [DEMANDE_ORIGINS[2]]: 5 });
    add(usageDay(filedAt), 'portal_demande', origin, 1);
  }
  return [...counts.values()];
}
