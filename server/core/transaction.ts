import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { notFound } from './errors.js';
import { fromGlobalId } from './ids.js';
import { collectChanges, writeAudit } from './audit.js';
import type { Context } from './context.js';
import type { PubSub } from './pubsub.js';
import { silentLogger, type Logger } from './logger.js';
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
 *
 * One connection at a time (docs/decisions/009): the viewer's access is
 * loaded before the transaction opens, and while `work` runs `ctx.em` is the
 * transaction's EntityManager, so whatever reads through the context
 * (access, loaders, policies) uses the transaction's own connection instead
 * of waiting for a second one while this one holds locks.
 *
 * Commands compose: called while `ctx` is already inside a unit of work
 * (one command calling another), `work` runs in it — the same transaction,
 * the caller's single audit record lists everything both changed, and the
 * events are published once, after the outermost commit.
 */
export async function inTransaction<T>(
  ctx: Context,
  work: (em: EntityManager, afterCommit: (fn: AfterCommit) => void) => Promise<T>,
): Promise<T> {
  const outer = commitCallbacks.get(ctx.em);
  if (outer) return work(ctx.em, (fn) => outer.push(fn));
  await ctx.access();
  const callbacks: AfterCommit[] = [];
  const requestEm = ctx.em;
  const result = await requestEm.transactional(async (tx) => {
    const em = tx as EntityManager;
    ctx.em = em;
    try {
      commitCallbacks.set(em, callbacks);
      const changes = collectChanges(em);
      const events = startRecording(em);
      const value = await work(em, (fn) => callbacks.push(fn));
      await em.flush();
      await runBeforeCommit(em, events, ctx.pubsub, { personId: ctx.viewer?.personId ?? null });
      // Recorded events reach subscribers (here and, through Redis, on other instances) after commit.
      for (const event of events)
        callbacks.push(() => ctx.pubsub.publish(event.topic, event.payload as never));
      if (changes.length || ctx.operation) await writeAudit(em, ctx, changes);
      return value;
    } finally {
      ctx.em = requestEm;
    }
  });
  runAfterCommit(callbacks, ctx.log);
  return result;
}

/**
 * A transaction for the platform's own jobs (reminders): same outbox and
 * after-commit publishing as `inTransaction`, no audit record (no one acted).
 * After-commit failures go to `log`.
 */
export async function inSystemTransaction<T>(
  em: EntityManager,
  pubsub: PubSub,
  work: (em: EntityManager) => Promise<T>,
  log: Logger = silentLogger,
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
  runAfterCommit(callbacks, log);
  return result;
}

/** Runs the after-commit work; the change is committed, so a failure is logged, never thrown. */
function runAfterCommit(callbacks: AfterCommit[], log: Logger): void {
  for (const fn of callbacks) {
    try {
      fn();
    } catch (error) {
      log.error({ err: error }, 'after-commit callback failed');
    }
  }
}

/** Loads a record of `entity` for a change, its row locked (FOR UPDATE); NOT_FOUND when missing. Does not authorize (the command calls `authorize` next). */
export async function loadToChange<T extends object>(
  em: EntityManager,
  entity: new () => T,
  type: string,
  globalId: string,
  field: string,
): Promise<T> {
  const id = fromGlobalId(globalId, type, field);
  const record = await em.findOne(entity, { id } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!record) throw notFound(type, globalId);
  return record as T;
}
