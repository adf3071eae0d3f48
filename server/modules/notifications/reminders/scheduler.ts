import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../../../core/pubsub.js';
import { inSystemTransaction } from '../../../core/transaction.js';
import type { ReminderSource } from './reminder-source.js';
import { meetingReminders, minutesReminders } from './meeting-reminders.js';
import { taskDueSoonReminders, taskOverdueReminders } from './task-reminders.js';

/** Every reminder the scheduler runs; modules add theirs with `addReminderSource`. */
const sources: ReminderSource[] = [
  meetingReminders,
  minutesReminders,
  taskDueSoonReminders,
  taskOverdueReminders,
];

/** Adds a kind of reminder (e.g. meetings register theirs at load). */
export function addReminderSource(source: ReminderSource): void {
  sources.push(source);
}

/**
 * One run of every reminder source, in one transaction holding a
 * transaction-scoped advisory lock: with several instances only one runs at
 * a time, and the dedupe keys make each reminder go out exactly once even if
 * two runs overlap. Returns the notifications written (0 when another
 * instance holds the lock).
 */
export async function runReminders(em: EntityManager, pubsub: PubSub, now = new Date()): Promise<number> {
  return inSystemTransaction(em, pubsub, async (tx) => {
    const [{ locked }] = await tx.execute<{ locked: boolean }[]>(
      "select pg_try_advisory_xact_lock(hashtext('phoihop-reminders')) as locked",
    );
    if (!locked) return 0;
    let written = 0;
    for (const source of sources) written += await source(tx, pubsub, now);
    return written;
  });
}

/** Runs the reminders every `intervalMs` (default one minute) until stopped; the first run catches up. */
export function startReminderScheduler(
  em: EntityManager,
  pubsub: PubSub,
  intervalMs = 60_000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runReminders(em, pubsub).catch((error) => console.error('reminders failed', error));
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
