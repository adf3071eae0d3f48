import type { Plain } from '../../core/read/rows.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loader, type Context } from '../../core/context.js';
import { loadProgramAccessViews } from '../programs/program.access.js';
import {
  leadingOrganizations,
  participatingOrganizations,
  type ProgramAccessView,
} from '../programs/program.policy.js';
import { TaskAssignment } from './assignment.entity.js';
import { ASSIGNMENT_ORDER } from './assignment.order.js';
import { assignmentsByTask, programAccessViewById } from './task.loaders.js';
import type { Task } from './task.entity.js';
import type { TaskAccessView } from './task.policy.js';

/** The policy view of a task from its assignments (current and past) and its program's view. */
export function toTaskAccessView(
  taskId: string,
  assignments: readonly Plain<TaskAssignment>[],
  program: ProgramAccessView | null | undefined,
): TaskAccessView {
  return {
    id: taskId,
    assignments: assignments.map((a) => ({
      organizationId: a.organization.id,
      role: a.role,
      current: a.endedOn === null,
    })),
    programLeadIds: program ? leadingOrganizations(program) : [],
    programParticipantIds: program ? participatingOrganizations(program) : [],
  };
}

/** The policy view of a loaded task, through the request's loaders (batched across tasks). */
export async function taskAccessView(ctx: Context, task: Plain<Task>): Promise<TaskAccessView> {
  const [assignments, program] = await Promise.all([
    loader(ctx, assignmentsByTask).load(task.id),
    task.program ? loader(ctx, programAccessViewById).load(task.program.id) : null,
  ]);
  return toTaskAccessView(task.id, assignments, program);
}

/** The policy view of a task inside a command (on the transaction's EntityManager). */
export async function loadTaskAccessView(em: EntityManager, task: Task): Promise<TaskAccessView> {
  // One after the other: both run on the transaction's single connection.
  const assignments = await em.find(TaskAssignment, { task: task.id }, { orderBy: ASSIGNMENT_ORDER });
  const program = task.program
    ? (await loadProgramAccessViews(em, [task.program.id])).get(task.program.id)
    : null;
  return toTaskAccessView(task.id, assignments, program);
}

/**
 * Every organization that may see the task: assigned ones (current and past)
 * and the program's. What `TASK_CHANGED` carries for subscribers to filter on.
 */
export function concernedOrganizations(view: TaskAccessView): string[] {
  return [...new Set([...view.assignments.map((a) => a.organizationId), ...view.programParticipantIds])];
}
