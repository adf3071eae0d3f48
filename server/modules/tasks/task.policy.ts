import { Role, type ViewerAccess } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';
import { reachRule } from '../../core/read-rule.js';
import { programPolicy, type ProgramAccessView } from '../programs/program.policy.js';
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

/** COORDINATOR on the current lead or on an organization running the program. */
const manages = (access: ViewerAccess, task: TaskAccessView): boolean =>
  access.has(Role.COORDINATOR, currentLead(task)) || access.hasAny(Role.COORDINATOR, task.programLeadIds);

/**
 * A task is visible to every organization ever assigned to it, to the
 * organizations of its program, to those above them in the chain of command,
 * and to system administrators (in SQL: `taskPolicy.where`).
 * - manage (assign, reassign the lead, cancel), edit (title, description,
 *   deadline) and extendDeadline ("gia hạn"): COORDINATOR on the current lead
 *   or on an organization running the program;
 * - complete: MEMBER on the current lead, or COORDINATOR running the program;
 * - report progress: MEMBER on a currently assigned organization;
 * - urge ("đôn đốc"): COORDINATOR running the program or on an organization
 *   at or above the current lead.
 */
export const taskPolicy = definePolicy<
  TaskAccessView,
  'manage' | 'complete' | 'report' | 'urge' | 'edit' | 'extendDeadline'
>(
  'Task',
  reachRule({
    role: Role.VIEWER,
    // The program's organizations first: PostgreSQL tries `or` left to right and hashes a subplan
    // only when it first needs it, so under a visible program the much larger set of assigned
    // tasks is never hashed (docs/decisions/013-viewer-reach.md).
    organizations: [
      {
        ids: (task) => task.programParticipantIds,
        at: [
          { table: 'program_organization', key: 'program_id', on: 'program_id', column: 'organization_id' },
        ],
      },
      {
        ids: (task) => task.assignments.map((a) => a.organizationId),
        at: [{ table: 'task_assignment', key: 'task_id', column: 'organization_id' }],
      },
    ],
  }),
  {
    manage: manages,
    edit: manages,
    extendDeadline: manages,
    complete: (access, task) =>
      access.has(Role.MEMBER, currentLead(task)) || access.hasAny(Role.COORDINATOR, task.programLeadIds),
    report: (access, task) => access.hasAny(Role.MEMBER, currentlyAssigned(task)),
    urge: manages,
  },
);

/** Where a task would be created: its lead organization, its program if any, and the task as it would be. */
export interface TaskPlace {
  id?: string;
  leadId: string;
  program: ProgramAccessView | null;
  /** The would-be task (for NOT_FOUND when the viewer could not even see it); absent for `viewerCan`. */
  task?: TaskAccessView;
}

/**
 * Creating a task: COORDINATOR on its lead organization, or, in a program,
 * whoever may create tasks in the program (`programPolicy.createTask`).
 * `Organization.viewerCan.createTask` asks it with no program.
 */
export const taskCreationPolicy = definePolicy<TaskPlace, 'createTask'>(
  'Task',
  (access, place) => !place.task || taskPolicy.read(access, place.task),
  {
    createTask: (access, place) =>
      access.has(Role.COORDINATOR, place.leadId) ||
      (!!place.program && programPolicy.actions.createTask(access, place.program)),
  },
);

/**
 * Acting for an organization on a task: reporting progress for it needs
 * MEMBER on it, urging in its name COORDINATOR (on top of the task's own rule).
 */
export const taskOrganizationPolicy = definePolicy<{ id: string }, 'reportFor' | 'urgeFor'>(
  'Organization',
  anyone,
  {
    reportFor: (access, organization) => access.has(Role.MEMBER, organization.id),
    urgeFor: (access, organization) => access.has(Role.COORDINATOR, organization.id),
  },
);
