import type { Context } from '../../../core/context.js';
import { inTransaction } from '../../../core/transaction.js';
import { concernedOrganizations } from '../task.access.js';
import { type Task, TaskStatus } from '../task.entity.js';
import type { CancelTaskInput } from '../task.inputs.js';
import { assertTransition } from '../task.status.js';
import { loadTaskAtVersion } from './load.js';
import { publishTaskChanged } from './publish.js';

/**
 * Cancels an open task, with the reason (CANCELLED is final; the task counts
 * in no deadline bucket). Needs the `manage` right. Optimistic: a stale
 * `expectedVersion` gets CONFLICT.
 */
export async function cancelTask(ctx: Context, input: CancelTaskInput): Promise<Task> {
  const reason = input.reason;
  return inTransaction(ctx, async (em) => {
    const { task, view } = await loadTaskAtVersion(ctx, em, input, 'manage');
    assertTransition(task.status, TaskStatus.CANCELLED);
    task.status = TaskStatus.CANCELLED;
    task.statusReason = reason;
    await em.flush();
    publishTaskChanged(em, task.id, concernedOrganizations(view), 'CANCELLED');
    return task;
  });
}
