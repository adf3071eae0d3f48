import type { Context } from '../../../core/context.js';
import { assertDateOrder } from '../../../core/scalars.js';
import { foldForSearch } from '../../../core/text.js';
import { inTransaction } from '../../../core/transaction.js';
import { concernedOrganizations } from '../task.access.js';
import type { Task } from '../task.entity.js';
import type { UpdateTaskInput } from '../task.inputs.js';
import { assertOpen } from '../task.status.js';
import { changeDeadline } from './extend-task-deadline.js';
import { loadTaskAtVersion } from './load.js';
import { publishTaskChanged } from './publish.js';

/**
 * Edits an open task: the fields given change (title, description — blank
 * clears it — and a corrected deadline, kept in the history like an
 * extension but without a reason). Needs the `edit` right; a stale
 * `expectedVersion` gets CONFLICT; nothing given changes nothing.
 */
export async function updateTask(ctx: Context, input: UpdateTaskInput): Promise<Task> {
  return inTransaction(ctx, async (em) => {
    const { task, view } = await loadTaskAtVersion(ctx, em, input, 'edit');
    assertOpen(task.status);
    if (input.title) {
      task.title = input.title;
      task.searchKey = foldForSearch(input.title);
    }
    if (input.description !== undefined) task.description = input.description;
    if (input.dueOn && input.dueOn !== task.dueOn) {
      if (task.startsOn) assertDateOrder(task.startsOn, input.dueOn, 'dueOn');
      changeDeadline(em, ctx, task, input.dueOn, null);
    }
    await em.flush();
    publishTaskChanged(em, task.id, concernedOrganizations(view), 'UPDATED');
    return task;
  });
}
