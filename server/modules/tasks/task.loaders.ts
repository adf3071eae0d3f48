import type { EntityClass } from '@mikro-orm/postgresql';
import { uuidArray } from '../../core/access.js';
import { byId, groupBy } from '../../core/loaders.js';
import type { Context, LoaderFactory } from '../../core/context.js';
import type { Page } from '../../core/pagination.js';
import { type ListQuery, type PageRequest, PARENT } from '../../core/read/keyset.js';
import type { ListShape } from '../../core/read-rule.js';
import { listLoader, plainChildPagesLoader, plainPagesLoader } from '../../core/read/list-loader.js';
import { type Fields, unionOf } from '../../core/read/selection.js';
import { type IdRef, type Plain, type Row, toPlain } from '../../core/read/rows.js';
import { readWithOrganizations } from '../organizations/organization.loaders.js';
import { loadProgramAccessViews } from '../programs/program.access.js';
import { CoordinationProgram } from '../programs/program.entity.js';
import type { ProgramAccessView } from '../programs/program.policy.js';
import { TaskAssignment, type AssignmentRole } from './assignment.entity.js';
import { ProgressReport, TaskDeadlineChange, TaskFollowUp } from './progress-report.entity.js';
import { Task } from './task.entity.js';
import {
  assignedTasks,
  bucketCounts,
  type BucketCounts,
  FROM_ASSIGNMENTS,
  organizationTasksQuery,
  programTasksQuery,
  subtasksQuery,
  type TaskListFilter,
  type TaskOrder,
  taskConditions,
  UNDER_PROGRAM,
  visibleTo,
} from './task.repository.js';

/** Tasks by id (no visibility check: see `loadVisibleTask`), one query per batch. */
export const taskById: LoaderFactory<string, Plain<Task> | null> = byId(Task);

/** What is read of a task's assignments and of their organizations (`selectedFields`; null: whole records). */
export interface AssignmentReads {
  fields: Fields;
  organizationFields: Fields;
}

/** Key of `assignmentsByTask`: the task id, and what is read (whole records when `reads` is absent). */
export const assignmentsKey = (taskId: string, reads?: AssignmentReads): string =>
  reads ? `${taskId}|${reads.fields ?? '*'}|${reads.organizationFields ?? '*'}` : taskId;

const readsOf = (part: string | undefined): Fields => (part === undefined || part === '*' ? null : part);

/**
 * Every assignment (current and past) of each task in `ASSIGNMENT_ORDER`
 * (oldest first, the lead first), one query per batch (key: `assignmentsKey`;
 * the batch reads what all its keys read); the organizations come in the same
 * statement (primed into `organizationById` for each key's selection).
 */
export const assignmentsByTask: LoaderFactory<string, Plain<TaskAssignment>[]> =
  (ctx: Context) => async (keys) => {
    const parts = keys.map((key) => key.split('|'));
    const taskIds = parts.map(([taskId]) => taskId);
    const assignments = await readWithOrganizations(ctx, TaskAssignment, {
      table: 'task_assignment',
      parentColumn: 'task_id',
      ids: [...new Set(taskIds)],
      orderBy: 'assigned_on asc, created_at asc, role desc, id asc',
      fields: unionOf(parts.map(([, rows]) => readsOf(rows))),
      organizationFields: parts.map(([, , organizations]) => readsOf(organizations)),
    });
    return groupBy(taskIds, assignments, (a) => a.task.id);
  };

/** Assignments by id, one query per batch. */
export const assignmentById: LoaderFactory<string, Plain<TaskAssignment> | null> = byId(TaskAssignment);

/** Progress reports by id, one query per batch. */
export const reportById: LoaderFactory<string, Plain<ProgressReport> | null> = byId(ProgressReport);

/** Follow-ups by id, one query per batch. */
export const followUpById: LoaderFactory<string, Plain<TaskFollowUp> | null> = byId(TaskFollowUp);

/** A task's parts of one kind (table `table`, entity `entity`) per task, newest first. */
const newestPartsByTask =
  <T extends object>(table: string, entity: EntityClass<T>): LoaderFactory<string, Plain<T>[]> =>
  (ctx: Context) =>
  async (ids) => {
    const rows = await ctx.em.execute<Row[]>(
      `select * from ${table} where task_id = any(?::uuid[]) order by created_at desc, id desc`,
      [`{${ids.join(',')}}`],
    );
    const parts = rows.map((row) => toPlain(ctx.em, entity, row));
    return groupBy(ids, parts, (part) => (part as unknown as { task: IdRef }).task.id);
  };

/** Follow-ups of each task, newest first. */
export const followUpsByTask = newestPartsByTask('task_follow_up', TaskFollowUp);

/** Deadline changes of each task, newest first. */
export const deadlineChangesByTask = newestPartsByTask('task_deadline_change', TaskDeadlineChange);

/** Programs by id, one query per batch. */
export const programById: LoaderFactory<string, Plain<CoordinationProgram> | null> =
  byId(CoordinationProgram);

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
  page: PageRequest;
}

/** A per-parent task list loader over the list `build` declares (`shape`: see `visibleTo`). */
function taskLists(
  build: (args: TaskListArgs, conditions: ReturnType<typeof taskConditions>) => ListQuery,
  shape?: ListShape,
): LoaderFactory<string, Page<Plain<Task>>> {
  return plainPagesLoader<TaskListArgs, Task>(Task, async (ctx, args) =>
    build(args, taskConditions(args.filter, await ctx.access(), shape)),
  );
}

/** A page of the visible tasks of each program (key: `listKey(programId, TaskListArgs)`), one statement. */
export const tasksByProgram = taskLists(
  (args, conditions) => programTasksQuery(conditions, args.orderBy),
  UNDER_PROGRAM,
);

/** A page of the visible tasks each organization is assigned to (key: `listKey(orgId, TaskListArgs)`). */
export const tasksByOrganization = taskLists(
  (args, conditions) => organizationTasksQuery(conditions, args.orderBy, args.role),
  FROM_ASSIGNMENTS,
);

/** A page of the visible subtasks of each task (key: `listKey(taskId, TaskListArgs)`). */
export const subtasksByTask = taskLists((args, conditions) => subtasksQuery(conditions, args.orderBy));

/** The progress reports of each task, newest first. */
const REPORTS: ListQuery = {
  select: 'r.*',
  from: 'progress_report r',
  parent: `r.task_id = ${PARENT}`,
  where: [],
  params: [],
  keys: [
    { expr: 'r.reported_on', dir: 'desc', kind: 'date' },
    { expr: 'r.created_at', dir: 'desc', kind: 'timestamp' },
    { expr: 'r.id', dir: 'desc', kind: 'uuid' },
  ],
};

/** A page of each task's progress reports, newest first (key: `listKey(taskId, PageRequest)`), one statement. */
export const reportsByTask = plainChildPagesLoader(ProgressReport, REPORTS);

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
export const statsByOrganization = listLoader<{ role: AssignmentRole | null }, BucketCounts>(
  async (ctx, { role }, organizationIds) => {
    const from = assignedTasks('= any(?::uuid[])', [uuidArray(organizationIds)], role);
    const counts = await bucketCounts(
      ctx.em,
      { sql: from.sql, parent: 't.assigned_organization_id', params: from.params },
      organizationIds,
      visibleTo(await ctx.access(), 't', FROM_ASSIGNMENTS),
    );
    return (id) => counts.get(id) ?? ZERO;
  },
);

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
