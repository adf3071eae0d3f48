import { Role } from '../../core/access.js';
import { definePolicy } from '../../core/policy.js';
import { AssignmentRole } from './assignment.entity.js';

/** What the task policy needs to know about a task. */
export interface TaskAccessView {
  id: string;
  /** Every assignment, current and past. */
  assignments: { organizationId: string; role: AssignmentRole; current: boolean }[];
  /** Organizations running the task's program (owner, current leads), when it has one. */
  programLeadIds: string[];
  /** Every organization of the task's program (owner and participants), when it has one. */
  programParticipantIds: string[];
}

const currentLead = (task: TaskAccessView): string | null =>
  task.assignments.find((a) => a.current && a.role === AssignmentRole.LEAD)?.organizationId ?? null;

/** Organizations currently assigned (lead and coordinating). */
export const currentlyAssigned = (task: TaskAccessView): string[] =>
  task.assignments.filter((a) => a.current).map((a) => a.organizationId);

/**
 * A task is visible to every organization ever assigned to it, to the
 * organizations of its program, to those above them in the chain of command,
 * and to system administrators.
 * - manage (assign, reassign the lead, edit, cancel): COORDINATOR on the
 *   current lead or on an organization running the program;
 * - complete: MEMBER on the current lead, or COORDINATOR running the program;
 * - report progress: MEMBER on a currently assigned organization;
 * - urge ("đôn đốc"): COORDINATOR running the program or on an organization
 *   at or above the current lead.
 */
export const taskPolicy = definePolicy<TaskAccessView, 'manage' | 'complete' | 'report' | 'urge'>(
  'Task',
  (access, task) =>
    access.hasAny(Role.VIEWER, [
      ...task.assignments.map((a) => a.organizationId),
      ...task.programParticipantIds,
    ]),
  {
    manage: (access, task) =>
      access.has(Role.COORDINATOR, currentLead(task)) || access.hasAny(Role.COORDINATOR, task.programLeadIds),
    complete: (access, task) =>
      access.has(Role.MEMBER, currentLead(task)) || access.hasAny(Role.COORDINATOR, task.programLeadIds),
    report: (access, task) => access.hasAny(Role.MEMBER, currentlyAssigned(task)),
    urge: (access, task) =>
      access.has(Role.COORDINATOR, currentLead(task)) || access.hasAny(Role.COORDINATOR, task.programLeadIds),
  },
);

/**
 * SQL condition (alias `t` = task) for tasks the viewer may read, given
 * `reach`, a subquery of the organizations it reaches (`ViewerAccess.reach`;
 * its parameters go in three times). The program's organizations are tested
 * first: PostgreSQL evaluates `or` left to right and builds a hashed subplan
 * only when it first needs it, so under a visible program the much larger
 * set of assigned tasks is never hashed.
 */
export const TASK_VISIBLE_SQL = (t: string, reach: string): string =>
  `(exists (select 1 from coordination_program cp where cp.id = ${t}.program_id and cp.owner_id = any(array${reach}))
    or exists (select 1 from program_participant pp where pp.program_id = ${t}.program_id
               and pp.organization_id = any(array${reach}))
    or exists (select 1 from task_assignment ta where ta.task_id = ${t}.id and ta.organization_id = any(array${reach})))`;
