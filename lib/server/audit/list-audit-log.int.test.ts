import { describe, expect, it } from 'vitest';
import { auditLogSearch } from '@/lib/search-params/audit-log';
import { setUpDemoData, setUpTestDatabase } from '@/test/integration-setup';
import { recordAudit } from './record-audit';
import { listAuditLog } from './list-audit-log';

const handle = setUpTestDatabase();
const actors = setUpDemoData(handle);

describe('the journal’s filters', () => {
  // issue 10: `/console/journal?du=0001-01-01` and `/api/journal?du=0001-01-01` answered 500.
  it.each(['du=0001-01-01', 'au=9999-99-99', 'du=2026-02-30', 'collectivite=x', 'acteur=%00', 'action=drop'])('ignore %s: the whole journal', async (query) => {
    const all = await listAuditLog(handle.db, { actor: actors.manager, filters: {}, timeZone: 'Europe/Paris' });
    const filters = auditLogSearch.parse(new URLSearchParams(query));
    expect(await listAuditLog(handle.db, { actor: actors.manager, filters, timeZone: 'Europe/Paris' })).toEqual(all);
  });

  it('check a caller’s values too, before they reach SQL', async () => {
    const all = await listAuditLog(handle.db, { actor: actors.manager, filters: {}, timeZone: 'Europe/Paris' });
    expect(
      await listAuditLog(handle.db, {
        actor: actors.manager,
        filters: { from: '0001-01-01', organizationId: 'x', actorEmail: '\u0000' },
        timeZone: 'Europe/Paris',
      }),
    ).toEqual(all);
  });

  it('count a day in Paris, from its first instant to the next day’s', async () => {
    await recordAudit(handle.db, { action: 'sign-in.failed', actor: { id: null, email: 'jour@exemple.fr' }, at: new Date('2026-03-28T23:00:00.000Z') });
    await recordAudit(handle.db, { action: 'sign-in.failed', actor: { id: null, email: 'veille@exemple.fr' }, at: new Date('2026-03-28T22:59:59.999Z') });
    const day = await listAuditLog(handle.db, { actor: actors.manager, filters: { from: '2026-03-29', to: '2026-03-29' }, timeZone: 'Europe/Paris' });
    expect(day.map((row) => row.actorEmail)).toEqual(['jour@exemple.fr']);
  });
});
