import { DeadlineBucket, TaskStatus } from './task.entity.js';

/** The columns the deadline rule reads. */
export interface DeadlineFacts {
  status: TaskStatus;
  dueOn: string;
  completedOn: string | null;
}

/**
 * The deadline bucket of a loaded task on `today` (`YYYY-MM-DD`, Vietnam
 * time): the same rule as `deadlineBucketSql` in task.entity.ts, which list
 * queries filter and count on. Keep the two in step: a test runs both on the
 * same rows. Null for a cancelled task (it counts in no bucket).
 */
export function deadlineBucketOf(task: DeadlineFacts, today: string): DeadlineBucket | null {
  if (task.status === TaskStatus.CANCELLED) return null;
  if (task.status === TaskStatus.DONE) {
    return task.completedOn !== null && task.completedOn <= task.dueOn
      ? DeadlineBucket.DONE_ON_TIME
      : DeadlineBucket.DONE_LATE;
  }
  return task.dueOn >= today ? DeadlineBucket.OPEN_WITHIN_DEADLINE : DeadlineBucket.OVERDUE;
}
