import { describe, expect, it } from 'vitest';
import { decodeQueueCursor, encodeQueueCursor } from './queue-cursor';

const ID = '3f2b8c1e-9a4d-4c6e-8f1a-2b3c4d5e6f70';

describe('queue cursor', () => {
  it('round-trips a deadline to the microsecond, and the end of the deadlines (null)', () => {
    for (const cursor of [
      { due: '2026-03-10T12:00:00.123456Z', id: ID },
      { due: null, id: ID },
    ]) {
      const token = encodeQueueCursor(cursor);
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeQueueCursor(token)).toEqual(cursor);
    }
  });

  it('reads anything else as "from the start"', () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const token of [
      undefined,
      '',
      'not base64 !',
      forged({ due: null, id: ID }),
      forged([null, 'x']),
      forged(['2026-03-10', ID]),
      forged(["2026-03-10T12:00:00.000000Z'; drop table tickets", ID]),
      'a'.repeat(300),
    ]) {
      expect(decodeQueueCursor(token)).toBeNull();
    }
  });
});
