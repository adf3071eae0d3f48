import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import { User } from '../../users/user.entity.js';
import { TaskDeadlineChange } from '../progress-report.entity.js';
import { concernedOrganizations } from '../task.access.js';
import type { Task } from '../task.entity.js';
import type { ExtendTaskDeadlineInput } from '../task.inputs.js';
import { assertOpen } from '../task.status.js';
import { loadTaskAtVersion } from './load.js';
import { publishTaskChanged } from './publish.js';

/**
 * Moves `task`'s deadline to `dueOn`, keeping the change (previous and new
 * deadline, `reason`, the viewer as author) in the task's history. No flush.
 */
export function changeDeadline(
  em: EntityManager,
  ctx: Context,
  task: Task,
  dueOn: string,
  reason: string | null,
): void {
  const userId = ctx.viewer?.userId;
  em.create(TaskDeadlineChange, {
    task,
    previousDueOn: task.dueOn,
    dueOn,
    reason,
    author: userId ? em.getReference(User, userId) : null,
  });
  task.dueOn = dueOn;
}

/**
 * Extends ("gia hạn") an open task's deadline to a later day, with the
 * reason, kept in the task's history. Needs the `extendDeadline` right; an
 * overdue task may be extended (that is what it is for). A deadline not
 * after the current one is BAD_USER_INPUT; a stale `expectedVersion` CONFLICT.
 */
export async function extendTaskDeadline(ctx: Context, input: ExtendTaskDeadlineInput): Promise<Task> {
  return inTransaction(ctx, async (em) => {
    const { task, view } = await loadTaskAtVersion(ctx, em, input, 'extendDeadline');
    assertOpen(task.status);
    if (input.dueOn <= task.dueOn) {
      throw badInput('dueOn', `dueOn must be after the current deadline ${task.dueOn}`);
    }
    changeDeadline(em, ctx, task, input.dueOn, input.reason);
    await em.flush();
    publishTaskChanged(em, task.id, concernedOrganizations(view), 'DEADLINE_EXTENDED');
    return task;
  });
}
