import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from './context.js';

/** Work to do once the transaction has committed (publishing events). */
export type AfterCommit = () => void;

/**
 * Runs `work` in one database transaction on the request's EntityManager.
 * Everything it changes is flushed at the end, or nothing is. Callbacks
 * registered with `afterCommit` run only after a successful commit.
 */
export async function inTransaction<T>(
  ctx: Context,
  work: (em: EntityManager, afterCommit: (fn: AfterCommit) => void) => Promise<T>,
): Promise<T> {
  const callbacks: AfterCommit[] = [];
  const result = await ctx.em.transactional((em) => work(em as EntityManager, (fn) => callbacks.push(fn)));
  for (const fn of callbacks) fn();
  return result;
}
