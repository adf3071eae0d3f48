import type { Context } from '../../../core/context.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { concernedOrganizations, loadTaskAccessView } from '../task.access.js';
import { type Task, TaskStatus } from '../task.entity.js';
import type { CancelTaskInput } from '../task.inputs.js';
import { taskPolicy } from '../task.policy.js';
import { assertTransition } from '../task.status.js';
import { assertVersion, cleanText, loadTask } from './load.js';
import { publishTaskChanged } from './publish.js';

/** Longest cancellation reason. */
const MAX_REASON_LENGTH = 2000;

/**
 * Cancels an open task, with the reason (CANCELLED is final; the task counts
 * in no deadline bucket). Needs the `manage` right. Optimistic: a stale
 * `expectedVersion` gets CONFLICT.
 */
export async function cancelTask(ctx: Context, input: CancelTaskInput): Promise<Task> {
  const reason = cleanText(input.reason, 'reason', MAX_REASON_LENGTH, true);
  return inTransaction(ctx, async (em) => {
    const task = await loadTask(em, input.taskId, 'taskId', false);
    const view = await loadTaskAccessView(em, task);
    await authorize(ctx, taskPolicy, 'manage', view);
    assertVersion(task, input.expectedVersion);
    assertTransition(task.status, TaskStatus.CANCELLED);
    task.status = TaskStatus.CANCELLED;
    task.statusReason = reason;
    await em.flush();
    publishTaskChanged(em, task.id, concernedOrganizations(view), 'CANCELLED');
    return task;
  });
}
