import type { Context } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { concernedOrganizations } from '../task.access.js';
import { type Task, TaskStatus } from '../task.entity.js';
import type { CompleteTaskInput } from '../task.inputs.js';
import { assertTransition } from '../task.status.js';
import { loadTaskAtVersion } from './load.js';
import { publishTaskChanged } from './publish.js';

/**
 * Marks an open task DONE on `completedOn` (default today; not in the future,
 * not before its start). Needs the `complete` right (MEMBER on the lead, or
 * running the program). Optimistic: a stale `expectedVersion` gets CONFLICT.
 */
export async function completeTask(ctx: Context, input: CompleteTaskInput): Promise<Task> {
  const today = todayInVietnam();
  const completedOn = input.completedOn ?? today;
  if (completedOn > today) throw badInput('completedOn', 'completedOn must not be in the future');
  return inTransaction(ctx, async (em) => {
    const { task, view } = await loadTaskAtVersion(ctx, em, input, 'complete');
    assertTransition(task.status, TaskStatus.DONE);
    if (task.startsOn && completedOn < task.startsOn) {
      throw badInput('completedOn', 'completedOn must not be before the start date');
    }
    task.status = TaskStatus.DONE;
    task.completedOn = completedOn;
    task.progressPercent = 100;
    await em.flush();
    publishTaskChanged(em, task.id, concernedOrganizations(view), 'COMPLETED');
    return task;
  });
}
