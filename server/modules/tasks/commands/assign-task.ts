import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { authorize } from '../../../core/policy.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { AssignmentRole, TaskAssignment } from '../assignment.entity.js';
import { concernedOrganizations, loadTaskAccessView } from '../task.access.js';
import type { Task } from '../task.entity.js';
import type { AssignTaskInput } from '../task.inputs.js';
import { currentlyAssigned, taskPolicy } from '../task.policy.js';
import { loadAssignee, loadTask, parseAssignment, touch } from './load.js';
import { publishTaskChanged } from './publish.js';

/**
 * Adds a coordinating organization (phối hợp) to an open task. Needs the
 * `manage` right; CONFLICT when the organization is merged or dissolved, or
 * already assigned. The task row is locked, so concurrent assignments serialize.
 */
export async function assignTask(
  ctx: Context,
  input: AssignTaskInput,
): Promise<{ task: Task; assignment: TaskAssignment }> {
  const spec = parseAssignment(input, '', null);
  return inTransaction(ctx, async (em) => {
    const task = await loadTask(em, input.taskId, 'taskId', true);
    const view = await loadTaskAccessView(em, task);
    await authorize(ctx, taskPolicy, 'manage', view);
    const { organization, personInCharge } = await loadAssignee(em, task, spec, input);
    if (currentlyAssigned(view).includes(organization.id)) {
      throw conflict(`${organization.name} is already assigned to this task`, { field: 'organizationId' });
    }
    const assignment = em.create(TaskAssignment, {
      task,
      organization,
      role: AssignmentRole.COORDINATING,
      personInCharge,
      dueOn: spec.dueOn,
      assignedOn: todayInVietnam(),
    });
    touch(task);
    await em.flush();
    const concerned = [...concernedOrganizations(view), organization.id];
    publishTaskChanged(em, task.id, concerned, 'ASSIGNED', [organization.id]);
    return { task, assignment };
  });
}
