import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray, type ViewerAccess } from '../../core/access.js';
import { Conditions } from '../../core/read/conditions.js';
import type { ListShape } from '../../core/read-rule.js';
import type { AssignmentRole } from './assignment.entity.js';
import { type DeadlineBucket, deadlineBucketSql, type TaskStatus } from './task.entity.js';
import { taskPolicy } from './task.policy.js';
import { type ListQuery, PARENT, rootListQuery, type SortKey } from '../../core/read/keyset.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';

/**
 * Orders of task lists: DUE_DATE (earliest deadline first), PRIORITY (most
 * urgent first, then earliest deadline), UPDATED_AT (most recently changed
 * first), LEAD (the lead agency's name in Vietnamese collation, then earliest deadline).
 */
export const TaskOrder = stringEnum('DUE_DATE', 'PRIORITY', 'UPDATED_AT', 'LEAD');
export type TaskOrder = EnumMember<typeof TaskOrder>;

/** SQL name of a task's current lead agency, '' when it has none (Vietnamese collation). */
const LEAD_NAME = `coalesce((select lo.name from task_assignment la join organization lo on lo.id = la.organization_id
  where la.task_id = t.id and la.role = 'LEAD' and la.ended_on is null order by la.id limit 1), '') collate "vietnamese"`;

/** SQL rank of a priority (higher = more urgent). */
const PRIORITY_RANK = `(case t.priority when 'URGENT' then 4 when 'HIGH' then 3 when 'NORMAL' then 2 else 1 end)`;

/** Earliest deadline first, then by id: the order of DUE_DATE and the tie-break of PRIORITY and LEAD. */
const BY_DUE_DATE: SortKey[] = [
  { expr: 't.due_on', dir: 'asc', kind: 'date' },
  { expr: 't.id', dir: 'asc', kind: 'uuid' },
];

/** The keyset order of each `TaskOrder`, ending with the id so it is total. */
export const TASK_ORDER_KEYS: Record<TaskOrder, SortKey[]> = {
  DUE_DATE: BY_DUE_DATE,
  PRIORITY: [{ expr: PRIORITY_RANK, dir: 'desc', kind: 'int' }, ...BY_DUE_DATE],
  UPDATED_AT: [
    { expr: 't.updated_at', dir: 'desc', kind: 'timestamp' },
    { expr: 't.id', dir: 'desc', kind: 'uuid' },
  ],
  LEAD: [{ expr: LEAD_NAME, dir: 'asc', kind: 'text' }, ...BY_DUE_DATE],
};

/** Filters of task lists, with database ids. Every field narrows; absent fields do not. */
export interface TaskListFilter {
  /** Tasks this organization is currently assigned to (with `role`, in that role). */
  organizationId?: string | null;
  /** Current assignment role; without `organizationId`, of an organization the viewer has a role on. */
  role?: AssignmentRole | null;
  status?: TaskStatus[] | null;
  deadlineBucket?: DeadlineBucket[] | null;
  /** Due on or before. */
  dueBefore?: string | null;
  /** Due on or after. */
  dueAfter?: string | null;
  programId?: string | null;
  /** Matches the title, ignoring case and diacritics. */
  search?: string | null;
}

/**
 * An organization's tasks start from its current assignments
 * (`organizationTasksQuery`: the assignment's organization is
 * `t.assigned_organization_id`): the read rule tests that row first and
 * probes the others per task (`ListShape.joined`, decision 019).
 */
export const FROM_ASSIGNMENTS: ListShape = { joined: { task_assignment: 't.assigned_organization_id' } };

/**
 * A program's tasks (`programTasksQuery`): the read rule tests the
 * program's organizations once per program (`ListShape.parentColumn`, decision 025).
 */
export const UNDER_PROGRAM: ListShape = { parentColumn: 'program_id' };

/**
 * "The viewer may read the task" in SQL (alias `t`): the task policy's read
 * rule (`taskPolicy.where`); `shape` as `FROM_ASSIGNMENTS` or `UNDER_PROGRAM`
 * for the lists of that shape.
 */
export function visibleTo(access: ViewerAccess, t = 't', shape?: ListShape): Conditions {
  return new Conditions().fragment(taskPolicy.where(access, t, null, shape));
}

/** The filter in SQL (alias `t`), plus what the viewer may read (`shape`: see `visibleTo`). */
export function taskConditions(filter: TaskListFilter, access: ViewerAccess, shape?: ListShape): Conditions {
  const c = visibleTo(access, 't', shape);
  if (filter.organizationId || filter.role) {
    const parts = ['fa.task_id = t.id', 'fa.ended_on is null'];
    const params: unknown[] = [];
    if (filter.organizationId) {
      parts.push('fa.organization_id = ?');
      params.push(filter.organizationId);
    } else if (!access.isSystemAdmin) {
      parts.push(`fa.organization_id = any(array${access.reach.sql})`);
      params.push(...access.reach.params);
    }
    if (filter.role) {
      parts.push('fa.role = ?');
      params.push(filter.role);
    }
    c.add(`exists (select 1 from task_assignment fa where ${parts.join(' and ')})`, ...params);
  }
  return c
    .oneOf('t.status', filter.status)
    .oneOf(`(${deadlineBucketSql('t')})`, filter.deadlineBucket)
    .given('t.due_on <= ?::date', filter.dueBefore)
    .given('t.due_on >= ?::date', filter.dueAfter)
    .given('t.program_id = ?', filter.programId)
    .search('t.search_key', filter.search);
}

/** One list of tasks (the root `tasks` query). */
export function taskListQuery(conditions: Conditions, order: TaskOrder): ListQuery {
  return rootListQuery('task', 't', conditions, TASK_ORDER_KEYS[order]);
}

/** The tasks of each program (parent ids = program ids); `conditions` come from `taskConditions(…, UNDER_PROGRAM)`. */
export function programTasksQuery(conditions: Conditions, order: TaskOrder): ListQuery {
  return { ...taskListQuery(conditions, order), parent: `t.${UNDER_PROGRAM.parentColumn} = ${PARENT}` };
}

/** The subtasks of each task (parent ids = task ids). */
export function subtasksQuery(conditions: Conditions, order: TaskOrder): ListQuery {
  return { ...taskListQuery(conditions, order), parent: `t.parent_id = ${PARENT}` };
}

/**
 * DUE_DATE over an organization's assignments: the assignment's copy of the
 * task's deadline (`task_due_on`, equal to `t.due_on`), so PostgreSQL reads
 * `task_assignment_current_by_task_due_on` in order and stops at the page's
 * end. The cursor's values are the same as `BY_DUE_DATE`'s (decision 028).
 */
const BY_ASSIGNED_DUE_DATE: SortKey[] = [
  { expr: 't.assigned_due_on', dir: 'asc', kind: 'date' },
  { expr: 't.id', dir: 'asc', kind: 'uuid' },
];

/**
 * The tasks each organization is currently assigned to (`parentIds` =
 * organization ids), in `role` when given. An organization holds at most one
 * current assignment per task, so a task appears once per organization.
 * `conditions` come from `taskConditions(…, FROM_ASSIGNMENTS)`.
 */
export function organizationTasksQuery(
  conditions: Conditions,
  order: TaskOrder,
  role: AssignmentRole | null | undefined,
): ListQuery {
  const byDueDate = order === TaskOrder.DUE_DATE;
  const from = assignedTasks(`= ${PARENT}`, [], role, byDueDate);
  return {
    select: 't.*',
    from: from.sql,
    parent: `t.assigned_organization_id = ${PARENT}`,
    where: conditions.where,
    params: [...from.params, ...conditions.params],
    keys: byDueDate ? BY_ASSIGNED_DUE_DATE : TASK_ORDER_KEYS[order],
  };
}

/**
 * The tasks organizations are currently assigned to (in `role` when given),
 * as a subquery aliased `t`: the task's columns and the assignment's
 * organization, `assigned_organization_id`. `organizations` tests
 * `ta.organization_id` (`= <parent>`, `= any(?::uuid[])` with `params`).
 * The assignments and their tasks are read first (`offset 0`: as a whole,
 * before the read rule and the filter), then the rule once per task;
 * otherwise PostgreSQL prices the rule's subplans into every task look-up and
 * reads the whole task table instead (decision 019). `byDueDate` (a page in
 * `BY_ASSIGNED_DUE_DATE` order) lifts that fence and adds
 * `assigned_due_on`: the assignments are then read in deadline order from
 * their index, and reading stops at the page's end (decision 028).
 * Conditions on it take `FROM_ASSIGNMENTS`.
 */
export function assignedTasks(
  organizations: string,
  params: unknown[],
  role: AssignmentRole | null | undefined,
  byDueDate = false,
): { sql: string; params: unknown[] } {
  return {
    sql: `(select t.*, ta.organization_id as assigned_organization_id${byDueDate ? ', ta.task_due_on as assigned_due_on' : ''}
              from task_assignment ta join task t on t.id = ta.task_id
             where ta.organization_id ${organizations} and ta.ended_on is null${role ? ' and ta.role = ?' : ''}
            ${byDueDate ? '' : 'offset 0'}) t`,
    params: [...params, ...(role ? [role] : [])],
  };
}

/** Raw per-bucket counts of one parent. */
export interface BucketCounts {
  total: number;
  doneOnTime: number;
  doneLate: number;
  openWithinDeadline: number;
  overdue: number;
  cancelled: number;
}

/**
 * Counts per deadline bucket for each parent, in one grouped query with
 * `count(*) filter (where …)`. `from` must expose the task as `t` and the
 * parent id as `parent`; absent parents count zero.
 */
export async function bucketCounts(
  em: EntityManager,
  from: { sql: string; parent: string; params: unknown[] },
  parentIds: readonly string[],
  conditions: Conditions,
): Promise<Map<string, BucketCounts>> {
  const where = [...conditions.where, `${from.parent} = any(?::uuid[])`];
  const rows = await em.execute<Record<string, string>[]>(
    `select parent, count(*) as total,
            count(*) filter (where bucket = 'DONE_ON_TIME') as done_on_time,
            count(*) filter (where bucket = 'DONE_LATE') as done_late,
            count(*) filter (where bucket = 'OPEN_WITHIN_DEADLINE') as open_within_deadline,
            count(*) filter (where bucket = 'OVERDUE') as overdue,
            count(*) filter (where status = 'CANCELLED') as cancelled
       from (select ${from.parent} as parent, t.status, ${deadlineBucketSql('t')} as bucket
               from ${from.sql} where ${where.join(' and ')}) b
      group by parent`,
    [...from.params, ...conditions.params, uuidArray(parentIds)],
  );
  const counts = new Map<string, BucketCounts>();
  for (const row of rows) {
    counts.set(row.parent, {
      total: Number(row.total),
      doneOnTime: Number(row.done_on_time),
      doneLate: Number(row.done_late),
      openWithinDeadline: Number(row.open_within_deadline),
      overdue: Number(row.overdue),
      cancelled: Number(row.cancelled),
    });
  }
  return counts;
}
