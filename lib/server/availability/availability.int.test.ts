import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { auditLog, emailOutbox, incidentOrganizations, incidentUpdates, incidents, notifications, users } from '@/db/schema';
import { monthlyAvailability, type Incident } from '@/lib/availability';
import {
  END_BEFORE_START_MESSAGE,
  END_IN_FUTURE_MESSAGE,
  NO_ORGANIZATION_MESSAGE,
  START_IN_FUTURE_MESSAGE,
  openIncidentSchema,
  type IncidentContent,
} from '@/lib/validation/availability';
import { setEmailPreference } from '@/lib/server/notifications/set-email-preference';
import { organizationId, paris } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { addIncidentUpdate } from './add-incident-update';
import { closeIncident } from './close-incident';
import { correctIncident } from './correct-incident';
import { getIncident } from './get-incident';
import { getOrganizationAvailability } from './get-organization-availability';
import { getPublicStatus } from './get-public-status';
import { getServiceState } from './get-service-state';
import { listIncidents } from './list-incidents';
import { listOrganizationRates } from './list-organization-rates';
import { openIncident } from './open-incident';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

let saintExemple: string;
let reunion: string;
const staff = () => ({ ...actors.technician, email: 'technicien1@guichet.demo' });
const manager = () => ({ ...actors.manager, email: 'responsable@guichet.demo' });

beforeAll(async () => {
  saintExemple = await organizationId(handle.db, 'Mairie de Saint-Exemple');
  reunion = await organizationId(handle.db, 'Mairie de Saint-Denis-Exemple');
});

/** An incident as the console's action hands it to the operations: parsed by the shared schema. */
function content(overrides: Record<string, unknown> = {}): IncidentContent {
  const {
    startedAt: _startedAt,
    endedAt: _endedAt,
    ...parsed
  } = openIncidentSchema.parse({
    title: 'Lenteurs à l’édition des actes',
    description: 'Les éditions d’actes prennent plusieurs minutes.',
    cause: 'fault',
    environment: 'production',
    scope: 'some',
    organizationIds: [saintExemple],
    ...overrides,
  });
  return parsed;
}

const counts = async () => ({
  incidents: await handle.db.$count(incidents),
  scope: await handle.db.$count(incidentOrganizations),
  updates: await handle.db.$count(incidentUpdates),
  notifications: await handle.db.$count(notifications, like(notifications.type, 'incident.%')),
  audit: await handle.db.$count(auditLog, like(auditLog.action, 'incident.%')),
});

/** Each client user's email with the types of the incident notifications they received for `title`. */
async function toldOf(title: string) {
  const rows = await handle.db
    .select({ email: users.email, type: notifications.type, link: notifications.link, body: notifications.body })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(like(notifications.title, `%: ${title}`))
    .orderBy(users.email, notifications.type);
  return rows;
}

const minutes = (count: number) => count * 60_000;

describe('bad input writes nothing', () => {
  it('a client may not record an incident', async () => {
    const before = await counts();
    await expect(openIncident(handle.db, { actor: { ...actors.agent, email: 'agent1@saint-exemple.demo' }, content: content() })).rejects.toMatchObject({
      kind: 'forbidden',
    });
    await expect(listOrganizationRates(handle.db, { actor: actors.clientAdmin, month: '2026-03', sort: 'rate' })).rejects.toMatchObject({ kind: 'forbidden' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a start in the future, an end in the future or before the start, in French', async () => {
    const now = paris('2026-03-11T14:00');
    const before = await counts();
    await expect(openIncident(handle.db, { actor: staff(), content: content(), startedAt: paris('2026-03-11T14:01'), now })).rejects.toMatchObject({
      kind: 'invalid',
      fieldErrors: { startedAt: START_IN_FUTURE_MESSAGE },
    });
    await expect(
      openIncident(handle.db, { actor: staff(), content: content(), startedAt: paris('2026-03-11T10:00'), endedAt: paris('2026-03-11T09:59'), now }),
    ).rejects.toMatchObject({ fieldErrors: { endedAt: END_BEFORE_START_MESSAGE } });
    await expect(
      openIncident(handle.db, { actor: staff(), content: content(), startedAt: paris('2026-03-11T10:00'), endedAt: paris('2026-03-11T15:00'), now }),
    ).rejects.toMatchObject({ fieldErrors: { endedAt: END_IN_FUTURE_MESSAGE } });
    expect(await counts()).toEqual(before);
  });

  it('a scope naming no organization never reaches the operation; one naming an unknown organization is refused', async () => {
    const form = { title: 'Lenteurs', description: 'Lentes.', cause: 'fault', environment: 'production', scope: 'some', organizationIds: [] };
    expect(openIncidentSchema.safeParse(form).error?.issues).toEqual([
      expect.objectContaining({ path: ['organizationIds'], message: NO_ORGANIZATION_MESSAGE }),
    ]);
    const before = await counts();
    await expect(
      openIncident(handle.db, { actor: staff(), content: content({ organizationIds: [saintExemple, '00000000-0000-4000-8000-000000000000'] }) }),
    ).rejects.toMatchObject({ kind: 'invalid', fieldErrors: { organizationIds: 'Une des collectivités cochées n’existe pas.' } });
    expect(await counts()).toEqual(before);
  });

  it('a planned maintenance points to a planned maintenance announcement', async () => {
    const [patch] = await handle.db.query.announcements.findMany({ where: (table, { eq: equals }) => equals(table.kind, 'patch'), limit: 1 });
    const before = await counts();
    await expect(
      openIncident(handle.db, { actor: staff(), content: content({ cause: 'planned_maintenance', announcementId: patch!.id }) }),
    ).rejects.toMatchObject({ fieldErrors: { announcementId: 'Cette annonce n’est pas celle d’une maintenance planifiée.' } });
    expect(await counts()).toEqual(before);
  });
});

describe('an incident of one organization: its users are told at its start and at its end, once each', () => {
  const title = 'Indisponibilité de l’édition';
  let incidentId: string;

  it('opening it tells each active user of Saint-Exemple, and no one else', async () => {
    const [agent2] = await handle.db.select().from(users).where(eq(users.id, actors.agent2.id));
    await setEmailPreference(handle.db, { actor: actors.agent2, emailEnabled: false });
    const incident = await openIncident(handle.db, {
      actor: staff(),
      content: content({ title }),
      startedAt: paris('2026-03-10T10:00'),
      now: paris('2026-03-10T10:05'),
      clientAddress: '192.0.2.1',
    });
    incidentId = incident.id;
    expect(agent2?.active).toBe(true);
    expect(await toldOf(title)).toEqual(
      ['admin@saint-exemple.demo', 'agent1@saint-exemple.demo', 'agent2@saint-exemple.demo'].map((email) => ({
        email,
        type: 'incident.started',
        link: '/disponibilite',
        body: 'Depuis mardi 10 mars 2026 à 10:00. Suivez son évolution sur la page Disponibilité.',
      })),
    );
    // Email too, except for who turned it off.
    const emails = await handle.db
      .select({ to: emailOutbox.toAddress })
      .from(emailOutbox)
      .where(like(emailOutbox.subject, `%${title}`));
    expect(emails.map((email) => email.to).sort()).toEqual(['admin@saint-exemple.demo', 'agent1@saint-exemple.demo']);
    const [audit] = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'incident.opened'), eq(auditLog.targetId, incident.id)));
    expect(audit).toMatchObject({ targetType: 'incident', actorEmail: 'technicien1@guichet.demo', clientAddress: '192.0.2.1' });
  });

  it('its users see it under way; others, and the status page, see nothing of it', async () => {
    const now = paris('2026-03-10T10:30');
    expect(await getServiceState(handle.db, { organizationId: saintExemple, now })).toMatchObject({ state: 'incident', ongoing: [{ id: incidentId, title }] });
    expect(await getServiceState(handle.db, { organizationId: reunion, now })).toEqual({ state: 'operational', ongoing: [] });
    expect(await getPublicStatus(handle.db, { now })).toEqual({ state: 'operational', incidents: [] });
  });

  it('closing it tells the same users once; closing it again is refused and tells no one', async () => {
    await addIncidentUpdate(handle.db, { actor: staff(), incidentId, body: 'Le serveur d’édition redémarre.', now: paris('2026-03-10T10:20') });
    await closeIncident(handle.db, { actor: manager(), incidentId, endedAt: paris('2026-03-10T10:40'), now: paris('2026-03-10T10:45') });
    const before = await counts();
    await expect(closeIncident(handle.db, { actor: staff(), incidentId, now: paris('2026-03-10T11:00') })).rejects.toMatchObject({ kind: 'conflict' });
    expect(await counts()).toEqual(before);
    const told = await toldOf(title);
    expect(told.map(({ email, type }) => `${email} ${type}`)).toEqual([
      'admin@saint-exemple.demo incident.ended',
      'admin@saint-exemple.demo incident.started',
      'agent1@saint-exemple.demo incident.ended',
      'agent1@saint-exemple.demo incident.started',
      'agent2@saint-exemple.demo incident.ended',
      'agent2@saint-exemple.demo incident.started',
    ]);
    expect(told.find((row) => row.type === 'incident.ended')?.body).toBe(
      'Du mardi 10 mars 2026 à 10:00 au mardi 10 mars 2026 à 10:40. Son effet sur le taux de disponibilité du mois est détaillé sur la page Disponibilité.',
    );
    expect(await getServiceState(handle.db, { organizationId: saintExemple, now: paris('2026-03-10T11:00') })).toMatchObject({ state: 'operational' });
  });

  it('an end before the start is refused when closing, and nothing changes', async () => {
    const other = await openIncident(handle.db, {
      actor: staff(),
      content: content({ title: 'Autre' }),
      startedAt: paris('2026-03-12T10:00'),
      now: paris('2026-03-12T10:00'),
    });
    const before = await counts();
    await expect(
      closeIncident(handle.db, { actor: staff(), incidentId: other.id, endedAt: paris('2026-03-12T09:00'), now: paris('2026-03-12T11:00') }),
    ).rejects.toMatchObject({ kind: 'invalid', fieldErrors: { endedAt: END_BEFORE_START_MESSAGE } });
    expect(await counts()).toEqual(before);
    await closeIncident(handle.db, { actor: staff(), incidentId: other.id, endedAt: paris('2026-03-12T10:10'), now: paris('2026-03-12T11:00') });
  });

  it('one recorded after the service came back is told once, as ended', async () => {
    await openIncident(handle.db, {
      actor: staff(),
      content: content({ title: 'Coupure relevée après coup', scope: 'all' }),
      startedAt: paris('2026-03-13T08:00'),
      endedAt: paris('2026-03-13T08:20'),
      now: paris('2026-03-13T09:00'),
    });
    const told = await toldOf('Coupure relevée après coup');
    expect(told).toHaveLength(5);
    expect(new Set(told.map((row) => row.type))).toEqual(new Set(['incident.ended']));
    // La Réunion reads it in its own zone, named.
    expect(told.find((row) => row.email === 'agent1@reunion-exemple.demo')?.body).toContain('à 11:00 (heure de La Réunion)');
  });
});

describe('§6: every organization’s rate for a month, scoped incidents counting only where they apply', () => {
  const now = paris('2026-04-15T12:00');

  it('sums each organization’s own incidents, in its zone, and agrees with the client’s page', async () => {
    // So far in March: Saint-Exemple 40 + 10 min of its own and 20 min for all; La Réunion the 20 min for all
    // (08:00 in Paris is 11:00 in Saint-Denis: inside its PRT).
    const rates = await listOrganizationRates(handle.db, { actor: staff(), month: '2026-03', sort: 'name', now });
    const byName = Object.fromEntries(rates.map((row) => [row.organization.name, row.availability?.downtimeMs]));
    expect(byName).toEqual({ 'Mairie de Saint-Denis-Exemple': minutes(20), 'Mairie de Saint-Exemple': minutes(70) });

    const page = await getOrganizationAvailability(handle.db, { organizationId: saintExemple, month: '2026-03', now });
    const march = page.history.find((month) => month.month === '2026-03');
    const own = rates.find((row) => row.organization.id === saintExemple)!;
    expect(march).toEqual({ month: '2026-03', ...own.availability });
    expect(page.history).toHaveLength(12);
    expect(page.history.at(-1)?.month).toBe('2026-04');
    expect(page.breakdown.map((row) => [row.incident.title, row.downtimeMs])).toEqual([
      ['Indisponibilité de l’édition', minutes(40)],
      ['Autre', minutes(10)],
      ['Coupure relevée après coup', minutes(20)],
    ]);
    expect(page.breakdown[0]?.incident.updates.map((update) => update.body)).toEqual(['Le serveur d’édition redémarre.']);
    expect(rates.map((row) => row.organization.name)).toEqual(['Mairie de Saint-Denis-Exemple', 'Mairie de Saint-Exemple']);
    expect((await listOrganizationRates(handle.db, { actor: staff(), month: '2026-03', sort: 'rate', now }))[0]?.organization.name).toBe(
      'Mairie de Saint-Exemple',
    );
  });

  it('a correction of the scope moves the rates with it, and tells no one', async () => {
    const [row] = await handle.db.select().from(incidents).where(eq(incidents.title, 'Autre'));
    const before = await counts();
    await correctIncident(handle.db, {
      actor: manager(),
      incidentId: row!.id,
      content: content({ title: 'Autre', scope: 'some', organizationIds: [reunion] }),
      startedAt: row!.startedAt,
      endedAt: row!.endedAt!,
      now,
    });
    const after = await counts();
    expect(after).toEqual({ ...before, audit: before.audit + 1 });
    const rates = await listOrganizationRates(handle.db, { actor: staff(), month: '2026-03', sort: 'name', now });
    expect(rates.map((rate) => rate.availability?.downtimeMs)).toEqual([minutes(30), minutes(60)]);
  });

  it('a correction typed to the minute keeps the recorded seconds of a time it does not move', async () => {
    const seconds = 42_000;
    const recorded = await openIncident(handle.db, {
      actor: staff(),
      content: content({ title: 'À la seconde', environment: 'other' }),
      startedAt: new Date(paris('2026-03-20T10:00').getTime() + seconds),
      endedAt: new Date(paris('2026-03-20T10:10').getTime() + seconds),
      now,
    });
    const corrected = await correctIncident(handle.db, {
      actor: staff(),
      incidentId: recorded.id,
      content: content({ title: 'À la seconde, corrigé', environment: 'other' }),
      startedAt: paris('2026-03-20T10:00'),
      endedAt: paris('2026-03-20T10:15'),
      now,
    });
    expect(corrected).toMatchObject({ title: 'À la seconde, corrigé', startedAt: recorded.startedAt, endedAt: paris('2026-03-20T10:15') });
  });

  it('a correction cannot end an incident under way, nor leave an ended one without its end', async () => {
    const ongoing = await openIncident(handle.db, { actor: staff(), content: content({ title: 'En cours' }), now: paris('2026-04-15T11:00') });
    const before = await counts();
    await expect(
      correctIncident(handle.db, { actor: staff(), incidentId: ongoing.id, content: content(), startedAt: ongoing.startedAt, endedAt: now, now }),
    ).rejects.toMatchObject({ kind: 'invalid', fieldErrors: { endedAt: expect.stringContaining('Terminer l’incident') } });
    const [ended] = await handle.db.select().from(incidents).where(eq(incidents.title, 'Autre'));
    await expect(
      correctIncident(handle.db, { actor: staff(), incidentId: ended!.id, content: content(), startedAt: ended!.startedAt, now }),
    ).rejects.toMatchObject({
      fieldErrors: { endedAt: 'Indiquez la fin de l’incident.' },
    });
    expect(await counts()).toEqual(before);
    await closeIncident(handle.db, { actor: staff(), incidentId: ongoing.id, now });
  });

  it('the month in progress counts an ongoing fault until now, as the pure module does', async () => {
    const start = paris('2026-04-16T09:00');
    const at = paris('2026-04-16T09:45');
    const fault = await openIncident(handle.db, { actor: staff(), content: content({ title: 'Panne en cours', scope: 'all' }), startedAt: start, now: at });
    const [rate] = await listOrganizationRates(handle.db, { actor: staff(), month: '2026-04', sort: 'name', now: at });
    // La Réunion is affected by the fault for all, not by the one of Saint-Exemple earlier in April.
    const forAll: Incident[] = (await handle.db.select().from(incidents).where(eq(incidents.title, 'Panne en cours'))).map((row) => ({
      start: row.startedAt,
      end: row.endedAt,
      cause: row.cause,
      environment: row.environment,
    }));
    expect(rate?.organization.id).toBe(reunion);
    expect(rate?.availability).toEqual(monthlyAvailability('Indian/Reunion', '2026-04', forAll, at));
    expect(rate?.availability?.downtimeMs).toBe(minutes(45));
    await closeIncident(handle.db, { actor: staff(), incidentId: fault.id, now: at });
  });
});

describe('the status page and the console', () => {
  it('shows an incident for every organization with its public timeline, never a scoped one', async () => {
    const now = paris('2026-05-05T10:00');
    const external = await openIncident(handle.db, {
      actor: staff(),
      content: content({ title: 'COMEDEC indisponible', scope: 'all', cause: 'external_system', causeDetail: 'COMEDEC (ANTS)' }),
      startedAt: paris('2026-05-05T09:00'),
      now,
    });
    const scoped = await openIncident(handle.db, {
      actor: staff(),
      content: content({ title: 'Propre à Saint-Exemple' }),
      startedAt: paris('2026-05-05T09:30'),
      now,
    });
    await addIncidentUpdate(handle.db, { actor: staff(), incidentId: external.id, body: 'L’ANTS annonce un retour vers 11 h.', now });
    const status = await getPublicStatus(handle.db, { now });
    expect(status.state).toBe('incident');
    expect(status.incidents.map((incident) => [incident.title, incident.causeDetail, incident.updates.map((update) => update.body)])).toEqual([
      ['COMEDEC indisponible', 'COMEDEC (ANTS)', ['L’ANTS annonce un retour vers 11 h.']],
    ]);
    expect(JSON.stringify(status)).not.toContain('Saint-Exemple');

    const listed = await listIncidents(handle.db, { actor: staff() });
    expect(listed.slice(0, 2).map((row) => row.title)).toEqual(['COMEDEC indisponible', 'Propre à Saint-Exemple']);
    expect(listed[1]).toMatchObject({ allOrganizations: false, organizationCount: 1, organizationNames: ['Mairie de Saint-Exemple'] });
    const detail = await getIncident(handle.db, { actor: actors.manager, incidentId: scoped.id });
    expect(detail).toMatchObject({ createdByName: 'Thomas Technicien', organizations: [{ id: saintExemple, name: 'Mairie de Saint-Exemple' }], updates: [] });
    await expect(getIncident(handle.db, { actor: actors.agent, incidentId: scoped.id })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(getIncident(handle.db, { actor: actors.manager, incidentId: 'nope' })).rejects.toMatchObject({ kind: 'not_found' });
  });
});
