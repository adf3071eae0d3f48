import { Role, satisfies } from '../../../core/access.js';
import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { optionalGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization } from '../../organizations/organization.entity.js';
import { organizationAncestorIds } from '../../organizations/organization.repository.js';
import { User } from '../../users/user.entity.js';
import { AssignmentRole } from '../assignment.entity.js';
import { TaskFollowUp } from '../progress-report.entity.js';
import { concernedOrganizations, loadTaskAccessView } from '../task.access.js';
import type { Task } from '../task.entity.js';
import type { UrgeTaskInput } from '../task.inputs.js';
import { taskOrganizationPolicy, taskPolicy } from '../task.policy.js';
import { assertOpen } from '../task.status.js';
import { loadTask } from './load.js';
import { publishTaskChanged } from './publish.js';

/**
 * Records a follow-up ("đôn đốc") on an open task; the notification module
 * delivers it. Needs the `urge` right. The urging organization is the one
 * given (it must run the program or stand at or above the lead, and the
 * viewer be COORDINATOR on it), else the highest organization of the lead's
 * chain of command the viewer is COORDINATOR on, else a program lead it is
 * COORDINATOR on, else (system administrators) the lead itself.
 */
export async function urgeTask(
  ctx: Context,
  input: UrgeTaskInput,
): Promise<{ task: Task; followUp: TaskFollowUp }> {
  const requested = optionalGlobalId(input.organizationId, 'Organization', 'organizationId');
  return inTransaction(ctx, async (em) => {
    const task = await loadTask(em, input.taskId, 'taskId', false);
    const view = await loadTaskAccessView(em, task);
    await authorize(ctx, taskPolicy, 'urge', view);
    assertOpen(task.status);
    const access = await ctx.access();
    const leadId = view.assignments.find((a) => a.current && a.role === AssignmentRole.LEAD)?.organizationId;
    const chain = leadId ? [leadId, ...(await organizationAncestorIds(em, leadId))] : [];
    let urgingId: string;
    if (requested) {
      if (!chain.includes(requested) && !view.programLeadIds.includes(requested)) {
        throw badInput(
          'organizationId',
          'the urging organization must run the program or stand at or above the lead',
        );
      }
      await authorize(ctx, taskOrganizationPolicy, 'urgeFor', { id: requested });
      urgingId = requested;
    } else {
      const candidates = [...chain.toReversed(), ...view.programLeadIds];
      const found = candidates.find((id) => satisfies(access.roleOn(id), Role.COORDINATOR)) ?? leadId;
      if (!found) throw conflict('the task has no lead organization to urge on behalf of');
      urgingId = found;
    }
    const viewer = ctx.viewer;
    const followUp = em.create(TaskFollowUp, {
      task,
      organization: em.getReference(Organization, urgingId),
      message: input.message,
      author: viewer?.userId ? em.getReference(User, viewer.userId) : null,
    });
    await em.flush();
    publishTaskChanged(em, task.id, concernedOrganizations(view), 'URGED');
    return { task, followUp };
  });
}
