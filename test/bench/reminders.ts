/*
 * The reminder tick through its exported entry point (`runReminders`), on the
 * benchmark's database from this process: one tick catches up, then each
 * further tick has nothing due; a tick is one transaction, so its time is its
 * SQL's time plus a little JavaScript.
 */
import { performance } from 'node:perf_hooks';
import { entities } from '../../server/app/entities.js';
import { connectOrm } from '../../server/core/db/orm.js';
import { createEventBus } from '../../server/core/pubsub.js';
import { runReminders } from '../../server/app/reminders.js';
import { quantile } from './load.js';

/** Tick times with nothing due. */
export interface TickResult {
  tasks: number;
  ticks: number;
  catchUpMs: number;
  p50Ms: number;
  maxMs: number;
}

/** Times `ticks` reminder ticks with nothing due, after one catching-up tick. */
export async function reminderTicks(url: string, tasks: number, ticks: number): Promise<TickResult> {
  const orm = await connectOrm(url, entities);
  const pubsub = createEventBus();
  try {
    let t = performance.now();
    await runReminders(orm.em.fork(), pubsub);
    const catchUpMs = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < ticks; i++) {
      t = performance.now();
      await runReminders(orm.em.fork(), pubsub);
      times.push(performance.now() - t);
    }
    return { tasks, ticks, catchUpMs, p50Ms: quantile(times, 0.5), maxMs: Math.max(...times) };
  } finally {
    await pubsub.close();
    await orm.close();
  }
}
