import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../../../core/pubsub.js';
import { inSystemTransaction } from '../../../core/transaction.js';
import type { Logger } from '../../../core/logger.js';
import { metrics } from '../../../core/metrics.js';
import { reminderSources } from './reminder-source.js';
import { advanceWatermark, readWatermark, takeChanged } from './reminder-state.js';

/**
 * One tick of every registered reminder source (`addReminderSource`; the app
 * registers every module's in `server/app/reminders.ts`, which re-exports
 * this), in one transaction holding a transaction-scoped advisory lock (with
 * several instances only one ticks at a time; the others return 0). A tick
 * sends what became due since the watermark (catching up after downtime) and
 * what is due for the subjects that changed since the last tick, then
 * advances the watermark to `now` in the same transaction: each reminder is
 * sent once, and dedupe keys guard the rest. Returns the notifications
 * written; after-commit failures go to `log`.
 */
export async function runReminders(
  em: EntityManager,
  pubsub: PubSub,
  now = new Date(),
  log?: Logger,
): Promise<number> {
  return inSystemTransaction(
    em,
    pubsub,
    async (tx) => {
      const [{ locked }] = await tx.execute<{ locked: boolean }[]>(
        "select pg_try_advisory_xact_lock(hashtext('phoihop-reminders')) as locked",
      );
      if (!locked) return 0;
      // A tick's queries are small index reads, but PostgreSQL cannot estimate
      // ranges that depend on each lead time and guesses millions of rows: JIT
      // compilation would then cost half a second for nothing, every tick.
      await tx.execute('set local jit = off');
      const since = await readWatermark(tx);
      const changed = await takeChanged(tx);
      let written = 0;
      for (const source of reminderSources()) {
        const tick = { now, since, changed: changed.get(source.subjectType) ?? [] };
        written += await source.remind(tx, pubsub, tick);
      }
      await advanceWatermark(tx, now);
      return written;
    },
    log,
  );
}

/**
 * Runs the reminders every `intervalMs` (default one minute) until stopped; the first run
 * catches up. Counts what each run wrote (`phoihop_reminders_sent_total`); a failed run is
 * logged to `log` and retried on the next tick.
 */
export function startReminderScheduler(
  em: EntityManager,
  pubsub: PubSub,
  log: Logger,
  intervalMs = 60_000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runReminders(em, pubsub, new Date(), log).then(
      (written) => metrics.remindersSent.inc(written),
      (error) => log.error({ err: error }, 'reminders failed'),
    );
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
