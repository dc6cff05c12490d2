import { DateTime } from 'luxon';
import type { Announcement, IncidentRow, IncidentUpdate } from '@/db/schema';
import type { IncidentCause } from '@/lib/availability';
import { MINUTE_MS } from './instants';
import type { Random } from './random';
import type { AuditRow, Person } from './simulate';

export interface PlannedIncidents {
  incidents: IncidentRow[];
  scopes: Array<{ incidentId: string; organizationId: string }>;
  updates: IncidentUpdate[];
  announcements: Announcement[];
  audits: AuditRow[];
}

interface IncidentTemplate {
  cause: IncidentCause;
  environment: 'production' | 'other';
  title: string;
  description: string;
  causeDetail: string | null;
  /** Local start hour range and duration range in minutes. */
  hours: [number, number];
  minutes: [number, number];
  /** Affects one organization only. */
  scoped?: boolean;
  updates: string[];
}

const TEMPLATES: readonly IncidentTemplate[] = [
  {
    cause: 'fault',
    environment: 'production',
    title: 'Service inaccessible',
    description: 'Le portail et les modules ne répondaient plus : un serveur d’application s’est arrêté.',
    causeDetail: null,
    hours: [9, 17],
    minutes: [6, 35],
    updates: ['Incident identifié, redémarrage du serveur en cours.', 'Service rétabli, analyse de la cause en cours.'],
  },
  {
    cause: 'fault',
    environment: 'production',
    title: 'Lenteurs importantes',
    description: 'Les pages mettaient plus de 30 secondes à s’afficher à cause d’une saturation de la base de données.',
    causeDetail: null,
    hours: [10, 16],
    minutes: [15, 50],
    updates: ['Requête en cause identifiée et arrêtée.'],
  },
  {
    cause: 'fault',
    environment: 'production',
    title: 'Édition des actes indisponible',
    description: 'Le service de génération des documents ne répondait plus pour cette collectivité.',
    causeDetail: null,
    hours: [9, 16],
    minutes: [10, 40],
    scoped: true,
    updates: ['Le service de génération a été redémarré.'],
  },
  {
    cause: 'external_system',
    environment: 'production',
    title: 'COMEDEC indisponible',
    description: 'La plateforme COMEDEC de l’ANTS ne répondait plus : les demandes de vérification étaient mises en attente.',
    causeDetail: 'COMEDEC (ANTS)',
    hours: [8, 15],
    minutes: [45, 180],
    updates: ['L’ANTS confirme un incident de sa plateforme.', 'La plateforme répond de nouveau ; les demandes en attente sont traitées.'],
  },
  {
    cause: 'external_system',
    environment: 'production',
    title: 'Synchronisation REU interrompue',
    description: 'Le répertoire électoral unique de l’INSEE refusait les échanges.',
    causeDetail: 'REU (INSEE)',
    hours: [9, 14],
    minutes: [60, 240],
    updates: ['L’INSEE annonce une intervention sur le REU.'],
  },
  {
    cause: 'emergency_maintenance',
    environment: 'production',
    title: 'Maintenance urgente : correctif de sécurité',
    description: 'Installation d’un correctif de sécurité qui ne pouvait pas attendre la fenêtre de nuit.',
    causeDetail: null,
    hours: [12, 13],
    minutes: [15, 40],
    updates: ['Correctif installé, vérifications en cours.'],
  },
  {
    cause: 'planned_maintenance',
    environment: 'production',
    title: 'Maintenance planifiée : mise à jour de la base de données',
    description: 'Mise à jour annoncée de la base de données, service interrompu pendant l’intervention.',
    causeDetail: null,
    hours: [18, 19],
    minutes: [45, 120],
    updates: ['Intervention commencée.', 'Intervention terminée, service rétabli.'],
  },
  {
    cause: 'force_majeure',
    environment: 'production',
    title: 'Coupure électrique du centre d’hébergement',
    description: 'Un orage a coupé l’alimentation du centre d’hébergement ; les groupes électrogènes ont pris le relais après une interruption.',
    causeDetail: 'Orage, coupure du réseau électrique',
    hours: [14, 17],
    minutes: [30, 75],
    updates: ['Le centre d’hébergement fonctionne sur groupes électrogènes.'],
  },
  {
    cause: 'client_equipment',
    environment: 'production',
    title: 'Accès impossible depuis la mairie',
    description: 'Le réseau de la mairie ne joignait plus Internet ; le service restait disponible.',
    causeDetail: 'Panne de la box de l’opérateur de la mairie',
    hours: [8, 11],
    minutes: [90, 200],
    scoped: true,
    updates: ['L’opérateur de la mairie intervient sur la ligne.'],
  },
  {
    cause: 'fault',
    environment: 'other',
    title: 'Environnement de formation indisponible',
    description: 'L’environnement de formation ne répondait plus ; la production n’était pas touchée.',
    causeDetail: null,
    hours: [9, 16],
    minutes: [30, 120],
    updates: ['Environnement de formation redémarré.'],
  },
];

/**
 * Incidents of several causes over the months (§5, §6), some affecting one organization, all of
 * them over by "now"; planned maintenance with its announcement published days before (§5: 48 h
 * at least). Times in the support's metropolitan zone, on working days.
 */
export function planIncidents(
  random: Random,
  { from, now, organizationIds, author, perMonth = 1.4 }: { from: Date; now: Date; organizationIds: readonly string[]; author: Person; perMonth?: number },
): PlannedIncidents {
  const plan: PlannedIncidents = { incidents: [], scopes: [], updates: [], announcements: [], audits: [] };
  const zone = 'Europe/Paris';
  const months = Math.max(1, Math.round((now.getTime() - from.getTime()) / (30 * 24 * 3_600_000)));
  const count = Math.max(TEMPLATES.length, Math.round(months * perMonth));
  for (let index = 0; index < count; index++) {
    const template = index < TEMPLATES.length ? TEMPLATES[index]! : random.pick(TEMPLATES);
    let day = DateTime.fromJSDate(new Date(from.getTime() + random.next() * (now.getTime() - from.getTime() - 3 * 24 * 3_600_000)), { zone }).startOf('day');
    while (day.weekday > 5) day = day.plus({ days: 1 });
    const startedAt = day.set({ hour: random.int(template.hours[0], template.hours[1]), minute: random.int(0, 59) }).toJSDate();
    const endedAt = new Date(startedAt.getTime() + random.int(template.minutes[0], template.minutes[1]) * MINUTE_MS);
    if (endedAt.getTime() >= now.getTime()) continue;
    const id = random.uuid();
    const createdAt = new Date(startedAt.getTime() + random.int(2, 10) * MINUTE_MS);
    const scoped = template.scoped === true && organizationIds.length > 1;
    let announcementId: string | null = null;
    if (template.cause === 'planned_maintenance') {
      announcementId = random.uuid();
      plan.announcements.push({
        id: announcementId,
        kind: 'planned_maintenance',
        title: `${template.title} le ${DateTime.fromJSDate(startedAt, { zone }).setLocale('fr').toFormat('d LLLL yyyy')}`,
        body: `${template.description}\n\nLe service sera interrompu pendant l’intervention ; aucune donnée n’est touchée.`,
        version: null,
        startsAt: startedAt,
        endsAt: endedAt,
        module: null,
        trainingRequired: false,
        authorId: author.id,
        publishedAt: new Date(startedAt.getTime() - random.int(5, 12) * 24 * 3_600_000),
      });
    }
    plan.incidents.push({
      id,
      title: template.title,
      description: template.description,
      cause: template.cause,
      causeDetail: template.causeDetail,
      environment: template.environment,
      allOrganizations: !scoped,
      startedAt,
      endedAt,
      announcementId,
      createdById: author.id,
      createdAt: createdAt.getTime() < endedAt.getTime() ? createdAt : endedAt,
      updatedAt: endedAt,
    });
    const scope = scoped ? [random.pick(organizationIds)] : [];
    for (const organizationId of scope) plan.scopes.push({ incidentId: id, organizationId });
    const opened = createdAt.getTime() < endedAt.getTime() ? createdAt : endedAt;
    plan.audits.push(incidentAudit(author, 'incident.opened', opened, id, { title: template.title, cause: template.cause, organizations: scoped ? 1 : 'all' }));
    const span = endedAt.getTime() - opened.getTime();
    template.updates.forEach((body, position) => {
      const at = new Date(opened.getTime() + Math.round((span * (position + 1)) / (template.updates.length + 1)));
      plan.updates.push({ id: random.uuid(), incidentId: id, body, at, authorId: author.id });
      plan.audits.push(incidentAudit(author, 'incident.update-published', at, id, { title: template.title }));
    });
    if (opened.getTime() < endedAt.getTime()) plan.audits.push(incidentAudit(author, 'incident.closed', endedAt, id, { title: template.title }));
  }
  return plan;
}

function incidentAudit(author: Person, action: AuditRow['action'], at: Date, incidentId: string, details: Record<string, unknown>): AuditRow {
  return {
    at,
    actorId: author.id,
    actorEmail: author.email,
    action,
    targetType: 'incident',
    targetId: incidentId,
    organizationId: null,
    clientAddress: null,
    details,
  };
}
