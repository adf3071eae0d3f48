import type { Context } from '../../../core/context.js';

/** What happened to a task, as `TASK_CHANGED` says it. */
export type TaskChange =
  | 'CREATED'
  | 'ASSIGNED'
  | 'LEAD_REASSIGNED'
  | 'REPORTED'
  | 'COMPLETED'
  | 'CANCELLED'
  | 'URGED';

/** Announces a task change (after commit) to the organizations that may see the task. */
export function publishTaskChanged(
  ctx: Context,
  taskId: string,
  organizationIds: string[],
  change: TaskChange,
): void {
  ctx.pubsub.publish('TASK_CHANGED', { taskId, organizationIds, change });
}
