import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../organizations/organization.entity.js';
import { onOrganizationsMerged } from '../organizations/organization.events.js';
import { AssignmentRole, TaskAssignment } from './assignment.entity.js';

const later = (a: string, b: string): string => (a > b ? a : b);

/**
 * In a merger, the current assignments of the merged organizations pass to
 * the successor: each old row ends on the merger date and one row opens for
 * the successor with the same role, person in charge and sub-deadline, so
 * "who led this task on D" stays true. When the successor already holds an
 * assignment on the task (or several merged organizations did), it keeps the
 * stronger role: LEAD over COORDINATING. Task rows are not touched, so a
 * merger never waits on a task being reported on.
 */
export async function passAssignmentsToSuccessor(
  em: EntityManager,
  mergedIds: string[],
  successorId: string,
  effectiveOn: string,
): Promise<void> {
  const moving = await em.find(
    TaskAssignment,
    { organization: { $in: mergedIds }, endedOn: null },
    { orderBy: { assignedOn: 'asc', id: 'asc' } },
  );
  if (!moving.length) return;
  const taskIds = [...new Set(moving.map((a) => a.task.id))];
  const held = await em.find(TaskAssignment, {
    organization: successorId,
    endedOn: null,
    task: { $in: taskIds },
  });
  const opening: { template: TaskAssignment; role: AssignmentRole; assignedOn: string }[] = [];
  for (const taskId of taskIds) {
    const rows = moving.filter((a) => a.task.id === taskId);
    const lead = rows.find((a) => a.role === AssignmentRole.LEAD);
    const template = lead ?? rows[0];
    for (const row of rows) row.endedOn = later(row.assignedOn, effectiveOn);
    const existing = held.find((a) => a.task.id === taskId);
    if (existing && (existing.role === AssignmentRole.LEAD || !lead)) continue;
    if (existing) existing.endedOn = later(existing.assignedOn, effectiveOn);
    opening.push({ template, role: template.role, assignedOn: later(template.assignedOn, effectiveOn) });
  }
  // End the old rows first: the index allows one current lead per task at every statement.
  await em.flush();
  const successor = em.getReference(Organization, successorId);
  for (const { template, role, assignedOn } of opening) {
    em.create(TaskAssignment, {
      task: template.task,
      organization: successor,
      role,
      personInCharge: template.personInCharge,
      dueOn: template.dueOn,
      assignedOn,
    });
  }
}

onOrganizationsMerged((em, { mergedIds, successorId, effectiveOn }) =>
  passAssignmentsToSuccessor(em, mergedIds, successorId, effectiveOn),
);
