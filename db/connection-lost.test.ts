import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { connectionLostCode } from './connection-lost';

const withCode = (code: string, message = 'erreur') => Object.assign(new Error(message), { code });
// What drizzle-orm throws: its own error, the driver's in `cause`.
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: insert into "tickets" …'), { cause });

describe('connectionLostCode', () => {
  it.each([
    // postgres.js
    'CONNECTION_CLOSED',
    'CONNECTION_ENDED',
    'CONNECTION_DESTROYED',
    'CONNECT_TIMEOUT',
    // sockets
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    // PostgreSQL: restart or pg_terminate_backend, crash, starting up or shutting down, connection exceptions
    '57P01',
    '57P02',
    '57P03',
    '08006',
    '08P01',
  ])('%s is a lost connection, bare or wrapped by drizzle', (code) => {
    expect(connectionLostCode(withCode(code))).toBe(code);
    expect(connectionLostCode(wrapped(withCode(code)))).toBe(code);
  });

  it.each([
    ['a unique violation', withCode('23505')],
    ['a serialization failure', withCode('40001')],
    ['a statement timeout', withCode('57014')],
    ['a syntax error', withCode('42601')],
    ['a driver error about the query', withCode('MAX_PARAMETERS_EXCEEDED')],
    ['an error without code', new Error('Failed query')],
    ['a string', 'CONNECTION_CLOSED'],
    ['nothing', undefined],
  ])('%s is not', (_, error) => {
    expect(connectionLostCode(error)).toBeUndefined();
    expect(connectionLostCode(wrapped(error))).toBeUndefined();
  });

  it('ends on a cause that points back to itself', () => {
    const looping: Error & { cause?: unknown } = new Error('boucle');
    looping.cause = looping;
    expect(connectionLostCode(looping)).toBeUndefined();
  });

  it('reads the same code however deep drizzle or the caller nested it (up to four wrappers)', () => {
    fc.assert(
      fc.property(fc.constantFrom('CONNECTION_CLOSED', '57P01', 'ECONNREFUSED', '23505', '40001'), fc.integer({ min: 0, max: 4 }), (code, depth) => {
        let error: unknown = withCode(code);
        for (let i = 0; i < depth; i++) error = wrapped(error);
        expect(connectionLostCode(error)).toBe(connectionLostCode(withCode(code)));
      }),
    );
  });
});
