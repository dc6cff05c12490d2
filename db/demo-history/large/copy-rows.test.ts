import { describe, expect, it } from 'vitest';
import { slaClocks, ticketMessages } from '@/db/schema';
import { DEFAULT_SUPPORT_CALENDAR } from '@/lib/calendar';
import { copyEncoder, encodeValue } from './copy-rows';

describe('COPY text rows', () => {
  it('escapes what COPY reads specially and writes null as \\N', () => {
    expect(encodeValue(null)).toBe('\\N');
    expect(encodeValue('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(encodeValue(new Date('2026-03-06T16:00:00Z'))).toBe('2026-03-06T16:00:00.000Z');
    expect(encodeValue(true)).toBe('t');
    expect(encodeValue({ reason: 'ligne 1\nligne 2' })).toBe('{"reason":"ligne 1\\\\nligne 2"}');
  });

  it('names every column of the table in its order, and writes one line per row', () => {
    const encoder = copyEncoder(ticketMessages);
    expect(encoder.statement).toBe('copy "ticket_messages" ("id", "ticket_id", "author_id", "kind", "body", "created_at") from stdin');
    const line = encoder.line({ id: 'm', ticketId: 't', authorId: 'a', kind: 'public', body: 'Bonjour,\nmerci.', createdAt: new Date(0) });
    expect(line).toBe('m\tt\ta\tpublic\tBonjour,\\nmerci.\t1970-01-01T00:00:00.000Z\n');
  });

  it('writes arrays as PostgreSQL array literals and a shared calendar once', () => {
    const encoder = copyEncoder(slaClocks);
    const columns = encoder.statement.slice(encoder.statement.indexOf('(') + 1, encoder.statement.indexOf(')')).split(', ');
    const clock = {
      id: 'c',
      ticketId: 't',
      kind: 'remedy' as const,
      calendar: DEFAULT_SUPPORT_CALENDAR,
      budgetMs: 1,
      atRiskRatio: 0.75,
      startedAt: new Date(0),
      dueAt: new Date(0),
      atRiskAt: new Date(0),
      pausedAt: new Date(0),
      pauseCauses: ['waiting_client', 'support_suspended'] as Array<'waiting_client' | 'support_suspended'>,
      pausedBusinessMs: 0,
      stoppedAt: null,
      outcome: null,
      activeBusinessMs: null,
      atRiskFlaggedAt: null,
      breachFlaggedAt: null,
    };
    const fields = encoder.line(clock).slice(0, -1).split('\t');
    expect(fields[columns.indexOf('"pause_causes"')]).toBe('{"waiting_client","support_suspended"}');
    expect(JSON.parse(fields[columns.indexOf('"calendar"')]!)).toEqual(DEFAULT_SUPPORT_CALENDAR);
    expect(fields).toHaveLength(columns.length);
  });
});
