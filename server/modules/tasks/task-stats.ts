import type { BucketCounts } from './task.repository.js';
import type { TaskStats } from './task.type.js';

/** The API's stats from raw counts: on-time rate = done on time / everything done (null before anything is done). */
export function toTaskStats(counts: BucketCounts): TaskStats {
  const done = counts.doneOnTime + counts.doneLate;
  return { ...counts, onTimeCompletionRate: done ? counts.doneOnTime / done : null };
}
