import { describe, expect, it } from 'vitest';
import { createTicket } from '@/lib/server/tickets/create-ticket';
import { takeTicket } from '@/lib/server/tickets/take-ticket';
import { paris, ticketContent } from '@/test/fixtures';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { getPickupCompliance } from './get-pickup-compliance';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

describe('getPickupCompliance (§13)', () => {
  it('rates pickups within 8 business hours over the contract period; pending ones wait', async () => {
    const file = (at: string) => createTicket(handle.db, { actor: actors.agent, content: ticketContent(), now: paris(at) });
    const onTime = await file('2026-03-09T09:00');
    await takeTicket(handle.db, { actor: actors.technician, ticketId: onTime.ticket.id, now: paris('2026-03-09T11:00') });
    const late = await file('2026-03-09T09:00');
    await takeTicket(handle.db, { actor: actors.technician, ticketId: late.ticket.id, now: paris('2026-03-10T10:00') });
    await file('2026-03-10T09:00');
    // Before the contract's support started: not in the period.
    await file('2026-01-02T09:00');

    const compliance = await getPickupCompliance(handle.db, { organizationId: actors.agent.organizationId!, now: paris('2026-03-10T10:30') });
    expect(compliance).toMatchObject({ met: 1, breached: 1, pending: 1, rate: 0.5, compliant: false });
    expect(compliance?.period.start).toEqual(paris('2026-01-05T00:00'));
    expect(compliance?.period.end).toEqual(paris('2027-01-05T00:00'));
  });

  it('says nothing before support has started', async () => {
    expect(await getPickupCompliance(handle.db, { organizationId: actors.agent.organizationId!, now: paris('2026-01-04T12:00') })).toBeNull();
  });

  it('counts only the organization’s own Demandes', async () => {
    const compliance = await getPickupCompliance(handle.db, { organizationId: actors.reunionAgent.organizationId!, now: paris('2026-03-10T10:30') });
    expect(compliance).toMatchObject({ met: 0, breached: 0, pending: 0, rate: null });
  });
});
