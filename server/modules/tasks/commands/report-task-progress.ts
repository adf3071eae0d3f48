import type { Context } from '../../../core/context.js';
import { badInput, conflict } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization } from '../../organizations/organization.entity.js';
import { User } from '../../users/user.entity.js';
import { AssignmentRole, TaskAssignment } from '../assignment.entity.js';
import { ProgressReport } from '../progress-report.entity.js';
import { concernedOrganizations, loadTaskAccessView } from '../task.access.js';
import { type Task, TaskStatus } from '../task.entity.js';
import type { ReportTaskProgressInput } from '../task.inputs.js';
import { currentlyAssigned, taskOrganizationPolicy, taskPolicy } from '../task.policy.js';
import { assertOpen, assertTransition } from '../task.status.js';
import { loadTask, touch } from './load.js';
import { publishTaskChanged } from './publish.js';

/**
 * An assigned organization reports on a task: text, percent (0–100) and
 * optionally a new status. The reporting organization must be currently
 * assigned (else CONFLICT) and the viewer MEMBER on it; reporting DONE also
 * needs the `complete` right and sets the completion date to the report's.
 * The report sets the reporting assignment's own progress and report time;
 * the task's progress is the LEAD's, so only the lead's report sets it (a
 * coordinating organization's does not replace it). A first report with
 * progress on a NOT_STARTED task moves it to IN_PROGRESS. The task row is
 * locked, so concurrent reports are all recorded, one after the other.
 */
export async function reportTaskProgress(
  ctx: Context,
  input: ReportTaskProgressInput,
): Promise<{ task: Task; report: ProgressReport }> {
  const organizationId = fromGlobalId(input.organizationId, 'Organization', 'organizationId');
  const body = input.body;
  if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100) {
    throw badInput('percent', 'percent must be between 0 and 100');
  }
  if (input.newStatus === TaskStatus.CANCELLED) {
    throw badInput('newStatus', 'a report cannot cancel a task: use cancelTask');
  }
  const today = todayInVietnam();
  const reportedOn = input.reportedOn ?? today;
  if (reportedOn > today) throw badInput('reportedOn', 'reportedOn must not be in the future');

  return inTransaction(ctx, async (em) => {
    const task = await loadTask(em, input.taskId, 'taskId', true);
    const view = await loadTaskAccessView(em, task);
    await authorize(ctx, taskPolicy, 'report', view);
    const assignment = await em.findOne(TaskAssignment, {
      task: task.id,
      organization: organizationId,
      endedOn: null,
    });
    if (!assignment || !currentlyAssigned(view).includes(organizationId)) {
      throw conflict('the organization is not assigned to this task', { field: 'organizationId' });
    }
    await authorize(ctx, taskOrganizationPolicy, 'reportFor', { id: organizationId });
    assertOpen(task.status);
    const newStatus = input.newStatus ?? null;
    if (newStatus) assertTransition(task.status, newStatus);
    if (newStatus === TaskStatus.DONE) await authorize(ctx, taskPolicy, 'complete', view);

    const viewer = ctx.viewer;
    const report = em.create(ProgressReport, {
      task,
      organization: em.getReference(Organization, organizationId),
      body,
      percent: input.percent,
      newStatus,
      reportedOn,
      author: viewer?.userId ? em.getReference(User, viewer.userId) : null,
    });
    assignment.progress = newStatus === TaskStatus.DONE ? 100 : input.percent;
    assignment.reportedAt = new Date();
    const byLead = assignment.role === AssignmentRole.LEAD;
    if (newStatus === TaskStatus.DONE) {
      task.status = TaskStatus.DONE;
      task.completedOn = reportedOn;
      task.progressPercent = 100;
    } else {
      if (byLead) task.progressPercent = input.percent;
      if (newStatus) task.status = newStatus;
      else if (task.status === TaskStatus.NOT_STARTED && input.percent > 0)
        task.status = TaskStatus.IN_PROGRESS;
    }
    touch(task);
    await em.flush();
    const change = newStatus === TaskStatus.DONE ? 'COMPLETED' : 'REPORTED';
    publishTaskChanged(em, task.id, concernedOrganizations(view), change);
    return { task, report };
  });
}
