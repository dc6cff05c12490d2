import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, notifications, ticketEvents, tickets } from '@/db/schema';
import { availableRestorePoints } from '@/lib/backups';
import { restoreRequestSchema, softwareAccountRequestSchema } from '@/lib/validation/requests';
import { paris } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { takeTicket } from '@/lib/server/tickets/take-ticket';
import { advanceRequest } from './advance-request';
import { fileRestoreRequest } from './file-restore-request';
import { fileSoftwareAccountRequest } from './file-software-account-request';

// §7 restores and §11 software accounts: typed requests with their own form and steps.
const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const admin = () => ({ ...actors.clientAdmin, email: 'admin@saint-exemple.demo' });
const technician = () => ({ ...actors.technician, email: 'technicien1@guichet.demo' });
const now = paris('2026-03-31T10:00');

const restoreForm = (pointTakenAt: Date) =>
  restoreRequestSchema.parse({
    pointTakenAt: pointTakenAt.toISOString(),
    scope: 'État civil',
    scopeDetail: 'Les actes saisis hier après-midi',
    reason: 'Une mauvaise manipulation a supprimé des actes.',
    acknowledgedLoss: 'on',
  });

async function count() {
  return (await handle.db.select({ id: tickets.id }).from(tickets)).length;
}

describe('a restore request (§7)', () => {
  it('from yesterday’s point becomes a Demande of type restauration, audited, with its pickup clock', async () => {
    const yesterday = availableRestorePoints(now, { timeZone: 'Europe/Paris' })[1]!;
    const { ticket, pickup } = await fileRestoreRequest(handle.db, { actor: admin(), form: restoreForm(yesterday.takenAt), now });
    expect(ticket).toMatchObject({ type: 'restore', requestStep: 'requested', status: 'registered', module: 'État civil' });
    expect(ticket.subject).toBe('Restauration depuis la sauvegarde du lundi 30 mars 2026 à 02:00');
    expect(ticket.requestDetails).toMatchObject({ kind: 'restore', pointTakenAt: yesterday.takenAt.toISOString(), pointKind: 'daily', acknowledgedLoss: true });
    expect(pickup.startedAt).toEqual(now);
    expect(
      await handle.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'request.restore-filed'), eq(auditLog.targetId, ticket.id))),
    ).toHaveLength(1);
  });

  it('refuses a point 40 days old with the reason, writing nothing', async () => {
    const before = await count();
    await expect(fileRestoreRequest(handle.db, { actor: admin(), form: restoreForm(paris('2026-02-19T02:00')), now })).rejects.toMatchObject({
      kind: 'invalid',
      fieldErrors: { pointTakenAt: expect.stringContaining('a expiré') },
    });
    await expect(fileRestoreRequest(handle.db, { actor: admin(), form: restoreForm(paris('2026-03-30T03:17')), now })).rejects.toMatchObject({
      fieldErrors: { pointTakenAt: 'Aucune sauvegarde n’a été prise à cet instant.' },
    });
    expect(await count()).toBe(before);
  });

  it('is refused to an agent who is not an administrator', async () => {
    const yesterday = availableRestorePoints(now, { timeZone: 'Europe/Paris' })[1]!;
    await expect(
      fileRestoreRequest(handle.db, { actor: { ...actors.agent, email: 'agent1@saint-exemple.demo' }, form: restoreForm(yesterday.takenAt), now }),
    ).rejects.toMatchObject({
      kind: 'forbidden',
    });
  });

  it('is planned, then done with a report; each step in the history, the audit log, and told to the administrators', async () => {
    const yesterday = availableRestorePoints(now, { timeZone: 'Europe/Paris' })[1]!;
    const { ticket } = await fileRestoreRequest(handle.db, { actor: admin(), form: restoreForm(yesterday.takenAt), now });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-03-31T11:00') });
    await advanceRequest(handle.db, {
      actor: technician(),
      ticketId: ticket.id,
      step: { step: 'plan', plannedFor: paris('2026-04-01T20:00') },
      now: paris('2026-03-31T12:00'),
    });
    await advanceRequest(handle.db, {
      actor: technician(),
      ticketId: ticket.id,
      step: { step: 'complete', result: 'Restauré à 20:40, vérifié avec la mairie.' },
      now: paris('2026-04-01T21:00'),
    });

    const [stored] = await handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(stored).toMatchObject({
      status: 'resolved',
      requestStep: 'done',
      requestPlannedFor: paris('2026-04-01T20:00'),
      requestResult: 'Restauré à 20:40, vérifié avec la mairie.',
    });
    const events = await handle.db.select({ type: ticketEvents.type }).from(ticketEvents).where(eq(ticketEvents.ticketId, ticket.id));
    expect(events.map((event) => event.type)).toEqual(['created', 'taken_in_charge', 'request_planned', 'request_done']);
    const audits = await handle.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, ticket.id));
    expect(audits.map((audit) => audit.action).sort()).toEqual(['request.done', 'request.planned', 'request.restore-filed']);
    const told = await handle.db
      .select({ userId: notifications.userId, title: notifications.title })
      .from(notifications)
      .where(and(eq(notifications.ticketId, ticket.id), eq(notifications.type, 'request_step')));
    expect(told.filter((row) => row.userId === actors.clientAdmin.id).map((row) => row.title)).toEqual([
      `Restauration ${ticket.reference} : planifiée`,
      `Restauration ${ticket.reference} : réalisée`,
    ]);
  });

  it('a planned date in the past is refused', async () => {
    const yesterday = availableRestorePoints(now, { timeZone: 'Europe/Paris' })[1]!;
    const { ticket } = await fileRestoreRequest(handle.db, { actor: admin(), form: restoreForm(yesterday.takenAt), now });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-03-31T11:00') });
    await expect(
      advanceRequest(handle.db, {
        actor: technician(),
        ticketId: ticket.id,
        step: { step: 'plan', plannedFor: paris('2026-03-30T20:00') },
        now: paris('2026-03-31T12:00'),
      }),
    ).rejects.toMatchObject({ kind: 'invalid' });
  });
});

describe('a software account request (§11)', () => {
  const form = (modules: string[]) =>
    softwareAccountRequestSchema.parse({
      action: 'create',
      personName: 'Jeanne Martin',
      personEmail: 'jeanne.martin@saint-exemple.fr',
      personRole: 'Officier d’état civil',
      modules,
    });

  it('is filed by the administrator, done by a technician with the identifier given', async () => {
    const { ticket } = await fileSoftwareAccountRequest(handle.db, { actor: admin(), form: form(['État civil', 'Élections']), now });
    expect(ticket).toMatchObject({ type: 'software_account', requestStep: 'requested', subject: 'Compte logiciel : création pour Jeanne Martin' });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-03-31T11:00') });
    await advanceRequest(handle.db, {
      actor: technician(),
      ticketId: ticket.id,
      step: { step: 'complete', result: 'Identifiant : jmartin' },
      now: paris('2026-03-31T15:00'),
    });
    const [stored] = await handle.db.select().from(tickets).where(eq(tickets.id, ticket.id));
    expect(stored).toMatchObject({ status: 'resolved', requestStep: 'done', requestResult: 'Identifiant : jmartin' });
  });

  it('refuses modules outside the contract, and an agent', async () => {
    await expect(fileSoftwareAccountRequest(handle.db, { actor: admin(), form: form(['Paie']), now })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(fileSoftwareAccountRequest(handle.db, { actor: { ...actors.agent, email: 'a@b.fr' }, form: form(['État civil']), now })).rejects.toMatchObject(
      { kind: 'forbidden' },
    );
  });

  it('may be refused with a reason; an ordinary Demande refuses the steps', async () => {
    const { ticket } = await fileSoftwareAccountRequest(handle.db, { actor: admin(), form: form(['État civil']), now });
    await takeTicket(handle.db, { actor: actors.technician, ticketId: ticket.id, now: paris('2026-03-31T11:00') });
    await advanceRequest(handle.db, {
      actor: technician(),
      ticketId: ticket.id,
      step: { step: 'refuse', reason: 'La personne a déjà un compte.' },
      now: paris('2026-03-31T12:00'),
    });
    expect((await handle.db.select({ step: tickets.requestStep }).from(tickets).where(eq(tickets.id, ticket.id)))[0]?.step).toBe('refused');
  });
});
