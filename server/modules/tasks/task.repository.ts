import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray, type ViewerAccess } from '../../core/access.js';
import { escapeLike, foldForSearch } from '../../core/text.js';
import type { AssignmentRole } from './assignment.entity.js';
import { type DeadlineBucket, deadlineBucketSql, Task, type TaskStatus } from './task.entity.js';
import { taskPolicy } from './task.policy.js';
import { type ListQuery, PARENT, type SortKey } from '../../core/read/keyset.js';
import { type Plain, toPlain } from '../../core/read/rows.js';

/** Orders of task lists. */
export enum TaskOrder {
  /** Earliest deadline first. */
  DUE_DATE = 'DUE_DATE',
  /** Most urgent first, then earliest deadline. */
  PRIORITY = 'PRIORITY',
  /** Most recently changed first. */
  UPDATED_AT = 'UPDATED_AT',
  /** By the lead agency's name (Vietnamese collation), then earliest deadline. */
  LEAD = 'LEAD',
}

/** SQL name of a task's current lead agency, '' when it has none (Vietnamese collation). */
const LEAD_NAME = `coalesce((select lo.name from task_assignment la join organization lo on lo.id = la.organization_id
  where la.task_id = t.id and la.role = 'LEAD' and la.ended_on is null order by la.id limit 1), '') collate "vietnamese"`;

/** SQL rank of a priority (higher = more urgent). */
const PRIORITY_RANK = `(case t.priority when 'URGENT' then 4 when 'HIGH' then 3 when 'NORMAL' then 2 else 1 end)`;

/** The keyset order of each `TaskOrder`, ending with the id so it is total. */
export const TASK_ORDER_KEYS: Record<TaskOrder, SortKey[]> = {
  DUE_DATE: [
    { expr: 't.due_on', dir: 'asc', kind: 'date' },
    { expr: 't.id', dir: 'asc', kind: 'uuid' },
  ],
  PRIORITY: [
    { expr: PRIORITY_RANK, dir: 'desc', kind: 'int' },
    { expr: 't.due_on', dir: 'asc', kind: 'date' },
    { expr: 't.id', dir: 'asc', kind: 'uuid' },
  ],
  UPDATED_AT: [
    { expr: 't.updated_at', dir: 'desc', kind: 'timestamp' },
    { expr: 't.id', dir: 'desc', kind: 'uuid' },
  ],
  LEAD: [
    { expr: LEAD_NAME, dir: 'asc', kind: 'text' },
    { expr: 't.due_on', dir: 'asc', kind: 'date' },
    { expr: 't.id', dir: 'asc', kind: 'uuid' },
  ],
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

/** SQL conditions (alias `t` = task) and their parameters. */
export interface Conditions {
  where: string[];
  params: unknown[];
}

/** "The viewer may read the task" in SQL (alias `t`): the task policy's read rule (`taskPolicy.where`). */
export function visibleTo(access: ViewerAccess, t = 't'): Conditions {
  const visible = taskPolicy.where(access, t);
  return visible ? { where: [visible.sql], params: [...visible.params] } : { where: [], params: [] };
}

/** The filter in SQL (alias `t`), plus what the viewer may read. */
export function taskConditions(filter: TaskListFilter, access: ViewerAccess): Conditions {
  const { where, params } = visibleTo(access);
  if (filter.organizationId || filter.role) {
    const parts = ['fa.task_id = t.id', 'fa.ended_on is null'];
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
    where.push(`exists (select 1 from task_assignment fa where ${parts.join(' and ')})`);
  }
  if (filter.status?.length) {
    where.push('t.status = any(?::text[])');
    params.push(`{${filter.status.join(',')}}`);
  }
  if (filter.deadlineBucket?.length) {
    where.push(`(${deadlineBucketSql('t')}) = any(?::text[])`);
    params.push(`{${filter.deadlineBucket.join(',')}}`);
  }
  if (filter.dueBefore) {
    where.push('t.due_on <= ?::date');
    params.push(filter.dueBefore);
  }
  if (filter.dueAfter) {
    where.push('t.due_on >= ?::date');
    params.push(filter.dueAfter);
  }
  if (filter.programId) {
    where.push('t.program_id = ?');
    params.push(filter.programId);
  }
  const search = filter.search ? foldForSearch(filter.search) : '';
  if (search) {
    where.push(`t.search_key like ?`);
    params.push(`%${escapeLike(search)}%`);
  }
  return { where, params };
}

/** One list of tasks (the root `tasks` query). */
export function taskListQuery(conditions: Conditions, order: TaskOrder): ListQuery {
  return { select: 't.*', from: 'task t', parent: null, ...conditions, keys: TASK_ORDER_KEYS[order] };
}

/** The tasks of each program (parent ids = program ids). */
export function programTasksQuery(conditions: Conditions, order: TaskOrder): ListQuery {
  return { ...taskListQuery(conditions, order), parent: `t.program_id = ${PARENT}` };
}

/** The subtasks of each task (parent ids = task ids). */
export function subtasksQuery(conditions: Conditions, order: TaskOrder): ListQuery {
  return { ...taskListQuery(conditions, order), parent: `t.parent_id = ${PARENT}` };
}

/**
 * The tasks each organization is currently assigned to (`parentIds` =
 * organization ids), in `role` when given. An organization holds at most one
 * current assignment per task, so a task appears once per organization.
 */
export function organizationTasksQuery(
  conditions: Conditions,
  order: TaskOrder,
  role: AssignmentRole | null | undefined,
): ListQuery {
  const roleSql = role ? ' and ta.role = ?' : '';
  return {
    select: 't.*',
    from: `task t join task_assignment ta on ta.task_id = t.id and ta.ended_on is null${roleSql}`,
    parent: `ta.organization_id = ${PARENT}`,
    where: conditions.where,
    params: role ? [role, ...conditions.params] : conditions.params,
    keys: TASK_ORDER_KEYS[order],
  };
}

/** Maps a raw `task` row of a list to a plain task record. */
export function mapTask(em: EntityManager, row: Record<string, unknown>): Plain<Task> {
  return toPlain(em, Task, row);
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
