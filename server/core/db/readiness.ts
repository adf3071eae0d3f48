import type { MikroORM } from '@mikro-orm/postgresql';

/** Longest `/readyz` waits for the database, even when the pool is exhausted or the database is down. */
export const READINESS_TIMEOUT_MS = 2_000;

/**
 * Resolves when the database answers `select 1` within `timeoutMs`; rejects
 * otherwise (no free connection in time, database down). A probe that loses
 * the race finishes in the background and returns its connection.
 */
export async function checkDatabase(orm: MikroORM, timeoutMs = READINESS_TIMEOUT_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no database answer within ${timeoutMs} ms`)), timeoutMs);
  });
  const probe = orm.em.fork().getConnection().execute('select 1');
  probe.catch(() => {});
  try {
    await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
