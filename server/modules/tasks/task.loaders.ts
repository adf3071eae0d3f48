import { byId, groupBy } from '../../core/loaders.js';
import type { Context, LoaderFactory } from '../../core/context.js';
import type { Page, PageArgs } from '../../core/pagination.js';
import { loadProgramAccessViews } from '../programs/program.access.js';
import { CoordinationProgram } from '../programs/program.entity.js';
import type { ProgramAccessView } from '../programs/program.policy.js';
import { TaskAssignment, type AssignmentRole } from './assignment.entity.js';
import { ASSIGNMENT_ORDER } from './assignment.order.js';
import { ProgressReport, TaskFollowUp } from './progress-report.entity.js';
import { Task } from './task.entity.js';
import {
  bucketCounts,
  type BucketCounts,
  mapTask,
  organizationTasksQuery,
  programTasksQuery,
  type TaskListFilter,
  type TaskOrder,
  taskConditions,
  visibleTo,
} from './task.repository.js';
import { mapPage, pageOf, windowedPages, type WindowedQuery } from './windowed-page.js';

/** The page arguments as a plain object, for stable loader keys. */
export function pageArgs(page: PageArgs): PageArgs {
  return { first: page.first ?? null, after: page.after ?? null };
}

/** Key of a per-parent list loader: the parent id and the list's arguments. */
export const listKey = (id: string, args: object): string => `${id}|${JSON.stringify(args)}`;

/** Splits list keys into groups sharing the same arguments (one query per group). */
function groupByArgs<A>(keys: readonly string[]): Map<string, { args: A; ids: string[] }> {
  const groups = new Map<string, { args: A; ids: string[] }>();
  for (const key of keys) {
    const bar = key.indexOf('|');
    const rest = key.slice(bar + 1);
    const group = groups.get(rest) ?? { args: JSON.parse(rest) as A, ids: [] };
    group.ids.push(key.slice(0, bar));
    groups.set(rest, group);
  }
  return groups;
}

/** Tasks by id (no visibility check: see `loadVisibleTask`), one query per batch. */
export const taskById: LoaderFactory<string, Task | null> = byId(Task);

/** Every assignment (current and past) of each task, oldest first, one query per batch. */
export const assignmentsByTask: LoaderFactory<string, TaskAssignment[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.find(TaskAssignment, { task: { $in: [...ids] } }, { orderBy: ASSIGNMENT_ORDER });
  return groupBy(ids, rows, (a) => a.task.id);
};

/** Assignments by id, one query per batch. */
export const assignmentById: LoaderFactory<string, TaskAssignment | null> = byId(TaskAssignment);

/** Progress reports by id, one query per batch. */
export const reportById: LoaderFactory<string, ProgressReport | null> = byId(ProgressReport);

/** Follow-ups by id, one query per batch. */
export const followUpById: LoaderFactory<string, TaskFollowUp | null> = byId(TaskFollowUp);

/** Follow-ups of each task, newest first. */
export const followUpsByTask: LoaderFactory<string, TaskFollowUp[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.find(
    TaskFollowUp,
    { task: { $in: [...ids] } },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  return groupBy(ids, rows, (f) => f.task.id);
};

/** Programs by id, one query per batch. */
export const programById: LoaderFactory<string, CoordinationProgram | null> = byId(CoordinationProgram);

/** The program policy views of programs, one query per batch. */
export const programAccessViewById: LoaderFactory<string, ProgramAccessView | null> =
  (ctx: Context) => async (ids) => {
    const views = await loadProgramAccessViews(ctx.em, ids);
    return ids.map((id) => views.get(id) ?? null);
  };

/** Arguments of a task list under a parent (part of the loader key). */
export interface TaskListArgs {
  filter: TaskListFilter;
  orderBy: TaskOrder;
  role?: AssignmentRole | null;
  page: PageArgs;
}

/** Runs a windowed task query per group of keys sharing arguments; pages in key order. */
async function taskPages(
  ctx: Context,
  keys: readonly string[],
  build: (args: TaskListArgs, conditions: ReturnType<typeof taskConditions>) => WindowedQuery,
): Promise<Page<Task>[]> {
  const access = await ctx.access();
  const result = new Map<string, Page<Task>>();
  for (const [rest, { args, ids }] of groupByArgs<TaskListArgs>(keys)) {
    const pages = await windowedPages(
      ctx.em,
      build(args, taskConditions(args.filter, access)),
      ids,
      args.page,
    );
    for (const id of ids) {
      result.set(
        `${id}|${rest}`,
        mapPage(pageOf(pages, id, !!args.page.after), (row) => mapTask(ctx.em, row)),
      );
    }
  }
  return keys.map((key) => result.get(key)!);
}

/** A page of the visible tasks of each program (key: `listKey(programId, TaskListArgs)`), one windowed query. */
export const tasksByProgram: LoaderFactory<string, Page<Task>> = (ctx: Context) => (keys) =>
  taskPages(ctx, keys, (args, conditions) => programTasksQuery(conditions, args.orderBy));

/** A page of the visible tasks each organization is assigned to (key: `listKey(orgId, TaskListArgs)`). */
export const tasksByOrganization: LoaderFactory<string, Page<Task>> = (ctx: Context) => (keys) =>
  taskPages(ctx, keys, (args, conditions) => organizationTasksQuery(conditions, args.orderBy, args.role));

/** A page of the visible subtasks of each task (key: `listKey(taskId, TaskListArgs)`). */
export const subtasksByTask: LoaderFactory<string, Page<Task>> = (ctx: Context) => (keys) =>
  taskPages(ctx, keys, (args, conditions) => ({
    ...programTasksQuery(conditions, args.orderBy),
    parent: 't.parent_id',
  }));

/** A page of each task's progress reports, newest first (key: `listKey(taskId, PageArgs)`), one windowed query. */
export const reportsByTask: LoaderFactory<string, Page<ProgressReport>> = (ctx: Context) => async (keys) => {
  const result = new Map<string, Page<ProgressReport>>();
  for (const [rest, { args, ids }] of groupByArgs<PageArgs>(keys)) {
    const pages = await windowedPages(
      ctx.em,
      {
        select: 'r.*',
        from: 'progress_report r',
        parent: 'r.task_id',
        where: [],
        params: [],
        keys: [
          { expr: 'r.reported_on', dir: 'desc', kind: 'date' },
          { expr: 'r.created_at', dir: 'desc', kind: 'timestamp' },
          { expr: 'r.id', dir: 'desc', kind: 'uuid' },
        ],
      },
      ids,
      args,
    );
    for (const id of ids) {
      result.set(
        `${id}|${rest}`,
        mapPage(pageOf(pages, id, !!args.after), (row) => ctx.em.map(ProgressReport, row as never)),
      );
    }
  }
  return keys.map((key) => result.get(key)!);
};

const ZERO: BucketCounts = {
  total: 0,
  doneOnTime: 0,
  doneLate: 0,
  openWithinDeadline: 0,
  overdue: 0,
  cancelled: 0,
};

/**
 * Counts per deadline bucket of the visible tasks each organization is
 * currently assigned to (key: `listKey(orgId, { role })`), one grouped query per batch.
 */
export const statsByOrganization: LoaderFactory<string, BucketCounts> = (ctx: Context) => async (keys) => {
  const access = await ctx.access();
  const result = new Map<string, BucketCounts>();
  for (const [rest, { args, ids }] of groupByArgs<{ role: AssignmentRole | null }>(keys)) {
    const counts = await bucketCounts(
      ctx.em,
      {
        sql: `task t join task_assignment ta on ta.task_id = t.id and ta.ended_on is null${args.role ? ' and ta.role = ?' : ''}`,
        parent: 'ta.organization_id',
        params: args.role ? [args.role] : [],
      },
      ids,
      visibleTo(access),
    );
    for (const id of ids) result.set(`${id}|${rest}`, counts.get(id) ?? ZERO);
  }
  return keys.map((key) => result.get(key)!);
};

/** Counts per deadline bucket of the visible tasks of each program, one grouped query per batch. */
export const statsByProgram: LoaderFactory<string, BucketCounts> = (ctx: Context) => async (ids) => {
  const counts = await bucketCounts(
    ctx.em,
    { sql: 'task t', parent: 't.program_id', params: [] },
    ids,
    visibleTo(await ctx.access()),
  );
  return ids.map((id) => counts.get(id) ?? ZERO);
};
