// The connection itself failed, as postgres.js names it (its errors' `code`).
const DRIVER_CODES = new Set(['CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']);
// The socket failed: the server is down, restarting or unreachable.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
// SQLSTATE 57P01 admin_shutdown (a fast restart, pg_terminate_backend), 57P02 crash_shutdown,
// 57P03 cannot_connect_now (starting up, shutting down, in recovery).
const SERVER_CODES = new Set(['57P01', '57P02', '57P03']);
// SQLSTATE class 08: connection exception.
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;
// Drizzle wraps the driver's error in `cause`; a few levels are plenty.
const MAX_DEPTH = 5;

/**
 * The code by which a database error says the connection to PostgreSQL was lost (a restart, a
 * crash, the network), or undefined when it is about the statement (a constraint, a syntax error…).
 */
export function connectionLostCode(error: unknown): string | undefined {
  let current = error;
  for (let depth = 0; depth < MAX_DEPTH && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (DRIVER_CODES.has(code) || SOCKET_CODES.has(code) || SERVER_CODES.has(code) || CONNECTION_EXCEPTION.test(code)))
      return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
