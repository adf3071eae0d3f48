import { DeadlockException, OptimisticLockError } from '@mikro-orm/postgresql';

/** Seconds a client is told to wait (`Retry-After`) before retrying a request the database could not serve. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * SQLSTATEs meaning "the database cannot serve this now", not "this request is wrong":
 * query_canceled (statement_timeout), lock_not_available (lock_timeout),
 * idle_in_transaction_session_timeout, admin/crash shutdown, cannot_connect_now,
 * too_many_connections, out of memory/disk, a dropped database, and the connection class.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57014',
  '55P03',
  '25P03',
  '57P01',
  '57P02',
  '57P03',
  '53000',
  '53100',
  '53200',
  '53300',
  '3D000',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Socket errors of a database that cannot be reached. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);

/** Messages of `pg` / `pg-pool` for a pool wait that timed out or a connection that went away. */
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connection error|Client was closed|Cannot use a pool after calling end/i;

/** SQLSTATEs of a transaction that lost a race with another one: retrying it succeeds. */
const CONFLICT_SQLSTATES = new Set(['40001', '40P01']);

/** The error and the errors it wraps (`originalError` of GraphQL, `cause`), outermost first. */
function chain(error: unknown): { code?: unknown; sqlState?: unknown; message?: unknown }[] {
  const errors = [];
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    errors.push(e as { code?: unknown; sqlState?: unknown; message?: unknown });
    const wrapper = e as { originalError?: unknown; cause?: unknown };
    e = wrapper.originalError ?? wrapper.cause;
  }
  return errors;
}

/** The SQLSTATE (or socket error code) of a database error, undefined for anything else. */
export const codeOf = (e: unknown): string | undefined => {
  const error = e as { code?: unknown; sqlState?: unknown } | null;
  if (!error || typeof error !== 'object') return undefined;
  return typeof error.sqlState === 'string'
    ? error.sqlState
    : typeof error.code === 'string'
      ? error.code
      : undefined;
};

/**
 * True when `error` says the database cannot serve the request now (pool wait
 * timed out, statement or lock timeout, connection refused or lost, database
 * gone): the request answers SERVICE_UNAVAILABLE (HTTP 503, `Retry-After`).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some((e) => {
    const code = codeOf(e);
    if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    return typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message);
  });
}

/**
 * True when `error` says the change lost a race with a concurrent one
 * (optimistic lock, deadlock, serialization failure): the request answers
 * CONFLICT, and retrying it on fresh data succeeds.
 */
export function isDatabaseConflict(error: unknown): boolean {
  if (error instanceof OptimisticLockError || error instanceof DeadlockException) return true;
  return chain(error).some((e) => {
    const code = codeOf(e);
    return !!code && CONFLICT_SQLSTATES.has(code);
  });
}
