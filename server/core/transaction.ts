import type { EntityManager } from '@mikro-orm/postgresql';
import { collectChanges, writeAudit } from './audit.js';
import type { Context } from './context.js';
import type { PubSub } from './pubsub.js';
import { runBeforeCommit, startRecording } from './domain-events.js';

/** Work to do once the transaction has committed (publishing events). */
export type AfterCommit = () => void;

const commitCallbacks = new WeakMap<EntityManager, AfterCommit[]>();

/**
 * Registers work to run after the transaction of `em` commits, for code that
 * only has the EntityManager (e.g. `notify`). Outside `inTransaction` it throws.
 */
export function onCommit(em: EntityManager, fn: AfterCommit): void {
  const callbacks = commitCallbacks.get(em);
  if (!callbacks) throw new Error('onCommit called outside inTransaction');
  callbacks.push(fn);
}

/**
 * Runs `work` in one database transaction on the request's EntityManager.
 * Everything it changes is flushed at the end, together with the audit
 * record of those changes (who, which operation, before and after), or
 * nothing is. Domain events recorded with `recordEvent` are handed to the
 * before-commit handlers (the notification outbox) and published after
 * commit; callbacks registered with `afterCommit` run only after a
 * successful commit.
 */
export async function inTransaction<T>(
  ctx: Context,
  work: (em: EntityManager, afterCommit: (fn: AfterCommit) => void) => Promise<T>,
): Promise<T> {
  const callbacks: AfterCommit[] = [];
  const result = await ctx.em.transactional(async (tx) => {
    const em = tx as EntityManager;
    commitCallbacks.set(em, callbacks);
    const changes = collectChanges(em);
    const events = startRecording(em);
    const value = await work(em, (fn) => callbacks.push(fn));
    await em.flush();
    await runBeforeCommit(em, events, ctx.pubsub);
    // Recorded events reach subscribers (here and, through Redis, on other instances) after commit.
    for (const event of events) callbacks.push(() => ctx.pubsub.publish(event.topic, event.payload as never));
    if (changes.length || ctx.operation) await writeAudit(em, ctx, changes);
    return value;
  });
  for (const fn of callbacks) {
    try {
      fn();
    } catch (error) {
      // The change is committed; a failed publish must not turn it into an error.
      console.error('after-commit callback failed', error);
    }
  }
  return result;
}

/**
 * A transaction for the platform's own jobs (reminders): same outbox and
 * after-commit publishing as `inTransaction`, no audit record (no one acted).
 */
export async function inSystemTransaction<T>(
  em: EntityManager,
  pubsub: PubSub,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const callbacks: AfterCommit[] = [];
  const result = await em.fork().transactional(async (tx) => {
    const txEm = tx as EntityManager;
    commitCallbacks.set(txEm, callbacks);
    const events = startRecording(txEm);
    const value = await work(txEm);
    await txEm.flush();
    await runBeforeCommit(txEm, events, pubsub);
    for (const event of events) callbacks.push(() => pubsub.publish(event.topic, event.payload as never));
    return value;
  });
  for (const fn of callbacks) {
    try {
      fn();
    } catch (error) {
      console.error('after-commit callback failed', error);
    }
  }
  return result;
}
