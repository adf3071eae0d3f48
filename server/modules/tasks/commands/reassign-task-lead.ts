import type { Context } from '../../../core/context.js';
import { conflict } from '../../../core/errors.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { AssignmentRole, TaskAssignment } from '../assignment.entity.js';
import { concernedOrganizations } from '../task.access.js';
import type { Task } from '../task.entity.js';
import type { ReassignTaskLeadInput } from '../task.inputs.js';
import { loadAssignee, loadTaskAtVersion, parseAssignment, touch } from './load.js';
import { publishTaskChanged } from './publish.js';

/**
 * Hands the lead (chủ trì) of an open task to another ACTIVE organization:
 * the current lead's assignment ends today and a new one opens, so the
 * history of who held it stays. If the new lead was coordinating, that
 * assignment ends too. Optimistic: a stale `expectedVersion` gets CONFLICT.
 */
export async function reassignTaskLead(
  ctx: Context,
  input: ReassignTaskLeadInput,
): Promise<{ task: Task; assignment: TaskAssignment }> {
  const spec = parseAssignment(input, '', null);
  return inTransaction(ctx, async (em) => {
    const { task, view } = await loadTaskAtVersion(ctx, em, input, 'manage');
    const { organization, personInCharge } = await loadAssignee(em, task, spec, input);
    const current = await em.find(TaskAssignment, { task: task.id, endedOn: null });
    const lead = current.find((a) => a.role === AssignmentRole.LEAD);
    if (lead?.organization.id === organization.id) {
      throw conflict(`${organization.name} already leads this task`, { field: 'organizationId' });
    }
    const today = todayInVietnam();
    for (const assignment of current) {
      if (assignment === lead || assignment.organization.id === organization.id) assignment.endedOn = today;
    }
    touch(task);
    // End the old lead first: the index allows one current lead per task at every statement.
    await em.flush();
    const assignment = em.create(TaskAssignment, {
      task,
      organization,
      role: AssignmentRole.LEAD,
      personInCharge,
      dueOn: spec.dueOn,
      assignedOn: today,
    });
    await em.flush();
    const concerned = [...concernedOrganizations(view), organization.id];
    publishTaskChanged(em, task.id, concerned, 'LEAD_REASSIGNED', [organization.id]);
    return { task, assignment };
  });
}
