import { beforeAll, describe, expect, it } from 'vitest';
import { paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { getPickupCompliance } from '@/lib/server/sla/get-pickup-compliance';
import { assignTicket } from '@/lib/server/tickets/assign-ticket';
import { commentTicket } from '@/lib/server/tickets/comment-ticket';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { takeTicket } from '@/lib/server/tickets/take-ticket';
import { forgetPickupCompliance, getRecentPickupCompliance } from './get-recent-pickup-compliance';
import { getTeamWorkload } from './get-team-workload';
import { listClientAnswers } from './list-client-answers';
import { listDeadlinesToday } from './list-deadlines-today';
import { listPickupCompliance } from './list-pickup-compliance';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);
const t: Record<string, string> = {};
const MIDNIGHT = paris('2026-03-10T00:00');
const SINCE = paris('2026-03-02T00:00');

// One Monday of the support centre (default hours 08:30–12:30, 13:30–17:30, Paris).
beforeAll(async () => {
  const file = async (name: string, at: string, actor = actors.agent) => {
    const { ticket } = await createTicket(handle.db, { actor, content: ticketContent({ subject: `Demande ${name}` }), now: paris(at) });
    t[name] = ticket.id;
  };
  await file('early', '2026-03-09T08:30'); // pickup: à risque from 15:30, due 17:30
  await file('nine', '2026-03-09T09:00'); // à risque from Monday 16:00, due Tuesday 09:00
  await file('ten', '2026-03-09T10:00', actors.reunionAgent); // à risque from Monday 17:00, due Tuesday 10:00
  await file('taken', '2026-03-09T08:40');
  await takeTicket(handle.db, { actor: actors.technician, ticketId: t.taken as string, now: paris('2026-03-09T09:00') });
  await file('answered', '2026-03-09T08:50');
  await takeTicket(handle.db, { actor: actors.technician, ticketId: t.answered as string, now: paris('2026-03-09T09:10') });
  await file('colleague', '2026-03-09T08:55');
  await takeTicket(handle.db, { actor: actors.technician2, ticketId: t.colleague as string, now: paris('2026-03-09T09:15') });
  await file('assigned', '2026-03-09T08:35');
  await assignTicket(handle.db, { actor: actors.manager, ticketId: t.assigned as string, assigneeId: actors.technician.id, now: paris('2026-03-09T08:45') });

  const say = (ticket: string, actor: typeof actors.agent, body: string, at: string) =>
    commentTicket(handle.db, { actor, ticketId: t[ticket] as string, kind: 'public', body, now: paris(at) });
  await say('taken', actors.agent, 'Voici la capture demandée.', '2026-03-09T10:00');
  await say('answered', actors.agent, 'Toujours bloqué.', '2026-03-09T10:00');
  await say('answered', actors.technician, 'Nous regardons.', '2026-03-09T10:30');
  await say('colleague', actors.agent, 'Une précision.', '2026-03-09T10:05');
});

describe('listDeadlinesToday', () => {
  it('lists what turns à risque or hors délai before midnight, the nearest change first, in the reader’s words', async () => {
    const { rows, more } = await listDeadlinesToday(handle.db, {
      actor: actors.technician,
      now: paris('2026-03-09T15:00'),
      until: MIDNIGHT,
      timeZone: 'Europe/Paris',
    });
    expect(rows.map((row) => [row.subject, row.transition.label])).toEqual([
      ['Demande early', 'À risque dès 15:30'],
      ['Demande assigned', 'À risque dès 15:35'],
      ['Demande nine', 'À risque dès 16:00'],
      ['Demande ten', 'À risque dès 17:00'],
    ]);
    expect(more).toBe(false);
  });

  it('moves on to hors délai once à risque, leaves out what changes tomorrow and the clocks stopped', async () => {
    const { rows } = await listDeadlinesToday(handle.db, {
      actor: actors.technician,
      now: paris('2026-03-09T16:30'),
      until: MIDNIGHT,
      timeZone: 'Europe/Paris',
    });
    expect(rows.map((row) => [row.subject, row.transition.kind, row.transition.label])).toEqual([
      ['Demande ten', 'at_risk', 'À risque dès 17:00'],
      ['Demande early', 'overdue', 'Hors délai après 17:30'],
      // "assigned" is à risque since 15:35, but due only on Tuesday at 08:35: nothing changes tonight.
    ]);
  });

  it('stops at the limit and says more follow', async () => {
    const { rows, more } = await listDeadlinesToday(handle.db, {
      actor: actors.technician,
      now: paris('2026-03-09T15:00'),
      until: MIDNIGHT,
      timeZone: 'Europe/Paris',
      limit: 2,
    });
    expect(rows).toHaveLength(2);
    expect(more).toBe(true);
  });

  it('is the support’s', async () => {
    await expect(
      listDeadlinesToday(handle.db, { actor: actors.agent, now: paris('2026-03-09T15:00'), until: MIDNIGHT, timeZone: 'Europe/Paris' }),
    ).rejects.toThrow(/réservé au support/);
  });
});

describe('listClientAnswers', () => {
  it('lists one’s open Demandes where the client has the last word, latest first', async () => {
    const answers = await listClientAnswers(handle.db, { actor: actors.technician, since: SINCE });
    expect(answers.map((answer) => [answer.subject, answer.answer.authorName, answer.answer.excerpt])).toEqual([
      ['Demande taken', 'Paul Agent', 'Voici la capture demandée.'],
    ]);
    expect(answers[0]?.assigneeName).toBe('Thomas Technicien');
  });

  it('leaves out an answer older than `since` and a colleague’s Demande', async () => {
    expect(await listClientAnswers(handle.db, { actor: actors.technician, since: paris('2026-03-09T10:01') })).toEqual([]);
    const colleague = await listClientAnswers(handle.db, { actor: actors.technician2, since: SINCE });
    expect(colleague.map((answer) => answer.subject)).toEqual(['Demande colleague']);
  });
});

describe('getTeamWorkload', () => {
  it('counts each member’s open Demandes and, of those, à risque and hors délai now, the most urgent first', async () => {
    const team = await getTeamWorkload(handle.db, { actor: actors.manager, now: paris('2026-03-09T17:32') });
    const thomas = team.find((member) => member.id === actors.technician.id);
    // taken, answered (picked up: no running clock) and assigned (pickup à risque since 15:35, due Tuesday 08:35).
    expect(thomas).toMatchObject({ name: 'Thomas Technicien', open: 3, atRisk: 1, overdue: 0 });
    expect(team.find((member) => member.id === actors.technician2.id)).toMatchObject({ open: 1, atRisk: 0, overdue: 0 });
    expect(team[0]?.id).toBe(actors.technician.id);
    const later = await getTeamWorkload(handle.db, { actor: actors.manager, now: paris('2026-03-10T08:36') });
    expect(later.find((member) => member.id === actors.technician.id)).toMatchObject({ atRisk: 0, overdue: 1 });
  });

  it('is for managers', async () => {
    await expect(getTeamWorkload(handle.db, { actor: actors.technician, now: paris('2026-03-09T17:32') })).rejects.toThrow(/responsables/);
  });
});

describe('listPickupCompliance', () => {
  it('gives each collectivité the figures of its own compliance query, in one aggregate', async () => {
    for (const now of [paris('2026-03-09T12:00'), paris('2026-03-10T12:00')]) {
      const rates = await listPickupCompliance(handle.db, { actor: actors.manager, now });
      expect(rates.length).toBeGreaterThanOrEqual(2);
      for (const rate of rates) {
        const one = await getPickupCompliance(handle.db, { organizationId: rate.organizationId, now });
        expect(rate.compliance).toEqual(
          one && {
            met: one.met,
            breached: one.breached,
            pending: one.pending,
            cancelled: one.cancelled,
            excluded: one.excluded,
            rate: one.rate,
            compliant: one.compliant,
          },
        );
        expect(rate.period).toEqual(one?.period ?? null);
      }
    }
  });

  it('is for managers', async () => {
    await expect(listPickupCompliance(handle.db, { actor: actors.technician, now: paris('2026-03-09T12:00') })).rejects.toThrow(/responsables/);
  });
});

describe('getRecentPickupCompliance', () => {
  it('computes once, shows that figure for ten minutes, then refreshes it behind the answer', async () => {
    forgetPickupCompliance();
    const first = await getRecentPickupCompliance(handle.db, { actor: actors.manager, now: paris('2026-03-10T12:00') });
    const saintExemple = (computed: typeof first) => computed.rates.find((rate) => rate.organizationId === actors.agent.organizationId)?.compliance;
    const before = saintExemple(first);
    await createTicket(handle.db, { actor: actors.agent, content: ticketContent({ subject: 'Après le calcul' }), now: paris('2026-03-10T12:01') });

    const soon = await getRecentPickupCompliance(handle.db, { actor: actors.manager, now: paris('2026-03-10T12:09') });
    expect(soon).toBe(first);
    const stale = await getRecentPickupCompliance(handle.db, { actor: actors.manager, now: paris('2026-03-10T12:10') });
    expect(stale).toBe(first);
    await expect
      .poll(async () => (await getRecentPickupCompliance(handle.db, { actor: actors.manager, now: paris('2026-03-10T12:11') })).at)
      .toEqual(paris('2026-03-10T12:10'));
    const fresh = await getRecentPickupCompliance(handle.db, { actor: actors.manager, now: paris('2026-03-10T12:11') });
    expect(saintExemple(fresh)?.pending).toBe((before?.pending ?? 0) + 1);
  });

  it('is for managers', async () => {
    await expect(getRecentPickupCompliance(handle.db, { actor: actors.technician, now: paris('2026-03-10T12:00') })).rejects.toThrow(/responsables/);
  });
});
