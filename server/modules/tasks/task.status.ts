import { conflict } from '../../core/errors.js';
import { OPEN_TASK_STATUSES, TaskStatus } from './task.entity.js';

/**
 * The status changes a task allows: NOT_STARTED, IN_PROGRESS and BLOCKED move
 * freely between each other and on to DONE or CANCELLED, which are final.
 */
export const TASK_TRANSITIONS: Record<TaskStatus, TaskStatus[]> = {
  NOT_STARTED: [TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED, TaskStatus.DONE, TaskStatus.CANCELLED],
  IN_PROGRESS: [TaskStatus.NOT_STARTED, TaskStatus.BLOCKED, TaskStatus.DONE, TaskStatus.CANCELLED],
  BLOCKED: [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.CANCELLED],
  DONE: [],
  CANCELLED: [],
};

/** True while the task can still change (not DONE, not CANCELLED). */
export const isOpen = (status: TaskStatus): boolean => OPEN_TASK_STATUSES.includes(status);

/** Throws CONFLICT when the task is DONE or CANCELLED (a final status). */
export function assertOpen(status: TaskStatus): void {
  if (!isOpen(status)) throw conflict(`the task is ${status.toLowerCase()}: it can no longer change`);
}

/**
 * Throws CONFLICT unless `from → to` is allowed. Staying in the same open
 * status is allowed (a report that does not move it).
 */
export function assertTransition(from: TaskStatus, to: TaskStatus): void {
  assertOpen(from);
  if (from !== to && !TASK_TRANSITIONS[from].includes(to)) {
    throw conflict(`a task cannot go from ${from} to ${to}`, { field: 'newStatus' });
  }
}
