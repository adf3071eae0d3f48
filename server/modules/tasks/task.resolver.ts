import type { Plain } from '../../core/read/rows.js';
import { Arg, Args, Ctx, FieldResolver, Info, ID, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { listKey, pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { fieldsRead, perSelection, selectedFields, withProperties } from '../../core/read/selection.js';

import { readNode, registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { permissions } from '../../core/policy.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { todayInVietnam } from '../../core/scalars.js';
import { legalDocumentById } from '../legal-documents/legal-document.loaders.js';
import { LegalDocumentType } from '../legal-documents/legal-document.type.js';
import { programPolicy } from '../programs/program.policy.js';
import { ProgramType } from '../programs/program.type.js';
import { AssignmentRole } from './assignment.entity.js';
import { assignTask } from './commands/assign-task.js';
import { cancelTask } from './commands/cancel-task.js';
import { completeTask } from './commands/complete-task.js';
import { createTask } from './commands/create-task.js';
import { reassignTaskLead } from './commands/reassign-task-lead.js';
import { reportTaskProgress } from './commands/report-task-progress.js';
import { extendTaskDeadline } from './commands/extend-task-deadline.js';
import { updateTask } from './commands/update-task.js';
import { urgeTask } from './commands/urge-task.js';
import { deadlineBucketOf } from './deadline-bucket.js';
import { taskAccessView } from './task.access.js';
import { DeadlineBucket, Task } from './task.entity.js';
import {
  AssignTaskInput,
  CancelTaskInput,
  CompleteTaskInput,
  CreateTaskInput,
  CreateTaskPayload,
  DEFAULT_TASK_ORDER,
  ExtendTaskDeadlineInput,
  ReassignTaskLeadInput,
  ReportTaskProgressInput,
  ReportTaskProgressPayload,
  TaskAssignmentPayload,
  TaskFilter,
  TaskPayload,
  UpdateTaskInput,
  UrgeTaskInput,
  UrgeTaskPayload,
} from './task.inputs.js';
import { toTaskListFilter } from './task-filter.js';
import {
  type AssignmentReads,
  assignmentsByTask,
  assignmentsKey,
  deadlineChangesByTask,
  followUpsByTask,
  programAccessViewById,
  programById,
  reportsByTask,
  subtasksByTask,
  type TaskListArgs,
} from './task.loaders.js';
import { taskPolicy } from './task.policy.js';
import { TaskOrder, taskConditions, taskListQuery } from './task.repository.js';
import {
  ProgressReportConnection,
  TaskAssignmentType,
  TaskConnection,
  TaskDeadlineChangeType,
  TaskFollowUpType,
  TaskPermissions,
  TaskType,
} from './task.type.js';
import { loadVisibleTask } from './task.visibility.js';

registerNodeType('Task', loadVisibleTask);
fieldsRead('Task', { assignments: [], leadAssignment: [] });

/** What an assignment list field reads: its selection, `own` (what the resolver filters by), the organizations' selection. */
const assignmentReads = (info: GraphQLResolveInfo, own: readonly string[]): AssignmentReads => ({
  fields: withProperties(selectedFields(info), own),
  organizationFields: selectedFields(info, ['organization']),
});

/** Tasks: the queries, the mutations, and a task's links. */
@Resolver(() => TaskType)
export class TaskResolver {
  @SignedInQuery(() => TaskConnection, {
    description:
      'Tasks the viewer may read (those of organizations it has a role on, of their programs, and below them), by deadline unless ordered otherwise.',
  })
  async tasks(
    @Args() page: PageArgs,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter: TaskFilter | null,
    @Arg('orderBy', () => TaskOrder, { nullable: true }) orderBy: TaskOrder | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const conditions = taskConditions(toTaskListFilter(filter), await ctx.access());
    return readPlainPage(
      ctx.em,
      Task,
      taskListQuery(conditions, orderBy ?? DEFAULT_TASK_ORDER),
      pageRequest(page, info),
    );
  }

  @SignedInQuery(() => TaskType, { description: 'One task; NOT_FOUND when missing or not visible.' })
  async task(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'Task', id, loadVisibleTask);
  }

  @SignedInMutation(() => CreateTaskPayload, {
    description:
      'Creates a task with one lead and any coordinating organizations. COORDINATOR on the lead, or running the program.',
  })
  async createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: Context) {
    return { task: await createTask(ctx, input) };
  }

  @SignedInMutation(() => TaskAssignmentPayload, {
    description: 'Adds a coordinating organization to an open task.',
  })
  assignTask(@Arg('input', () => AssignTaskInput) input: AssignTaskInput, @Ctx() ctx: Context) {
    return assignTask(ctx, input);
  }

  @SignedInMutation(() => TaskAssignmentPayload, {
    description: 'Hands the lead to another organization; the previous assignment is kept as history.',
  })
  reassignTaskLead(
    @Arg('input', () => ReassignTaskLeadInput) input: ReassignTaskLeadInput,
    @Ctx() ctx: Context,
  ) {
    return reassignTaskLead(ctx, input);
  }

  @SignedInMutation(() => ReportTaskProgressPayload, {
    description: 'An assigned organization reports progress (MEMBER on it).',
  })
  reportTaskProgress(
    @Arg('input', () => ReportTaskProgressInput) input: ReportTaskProgressInput,
    @Ctx() ctx: Context,
  ) {
    return reportTaskProgress(ctx, input);
  }

  @SignedInMutation(() => TaskPayload, { description: 'Marks an open task DONE.' })
  async completeTask(@Arg('input', () => CompleteTaskInput) input: CompleteTaskInput, @Ctx() ctx: Context) {
    return { task: await completeTask(ctx, input) };
  }

  @SignedInMutation(() => TaskPayload, { description: 'Cancels an open task, with the reason.' })
  async cancelTask(@Arg('input', () => CancelTaskInput) input: CancelTaskInput, @Ctx() ctx: Context) {
    return { task: await cancelTask(ctx, input) };
  }

  @SignedInMutation(() => TaskPayload, {
    description:
      'Extends ("gia hạn") an open task\'s deadline to a later day, with the reason kept in its history (deadlineChanges).',
  })
  async extendTaskDeadline(
    @Arg('input', () => ExtendTaskDeadlineInput) input: ExtendTaskDeadlineInput,
    @Ctx() ctx: Context,
  ) {
    return { task: await extendTaskDeadline(ctx, input) };
  }

  @SignedInMutation(() => TaskPayload, {
    description: 'Edits an open task: title, description, a corrected deadline (kept in its history).',
  })
  async updateTask(@Arg('input', () => UpdateTaskInput) input: UpdateTaskInput, @Ctx() ctx: Context) {
    return { task: await updateTask(ctx, input) };
  }

  @SignedInMutation(() => UrgeTaskPayload, {
    description: 'Records a follow-up ("đôn đốc") on an open task.',
  })
  urgeTask(@Arg('input', () => UrgeTaskInput) input: UrgeTaskInput, @Ctx() ctx: Context) {
    return urgeTask(ctx, input);
  }

  @FieldResolver(() => ProgramType, {
    nullable: true,
    description: 'The program it belongs to; null when none or when the viewer may not see it.',
  })
  async program(@Root() task: Plain<Task>, @Ctx() ctx: Context) {
    if (!task.program) return null;
    const [access, view, program] = await Promise.all([
      ctx.access(),
      loader(ctx, programAccessViewById).load(task.program.id),
      loader(ctx, programById).load(task.program.id),
    ]);
    return view && program && programPolicy.read(access, view) ? program : null;
  }

  @FieldResolver(() => TaskType, {
    nullable: true,
    description: 'The task it is part of; null when none or when the viewer may not see it.',
  })
  parent(@Root() task: Plain<Task>, @Ctx() ctx: Context) {
    return task.parent ? loadVisibleTask(ctx, task.parent.id) : null;
  }

  @FieldResolver(() => TaskConnection, { description: 'Its subtasks the viewer may read, by deadline.' })
  subtasks(
    @Root() task: Plain<Task>,
    @Args() page: PageArgs,
    @Arg('orderBy', () => TaskOrder, { nullable: true }) orderBy: TaskOrder | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const args: TaskListArgs = {
      filter: {},
      orderBy: orderBy ?? DEFAULT_TASK_ORDER,
      page: pageRequest(page, info),
    };
    return loadNow(ctx, subtasksByTask, listKey(task.id, args));
  }

  @FieldResolver(() => LegalDocumentType, {
    nullable: true,
    description: 'The legal document it implements, when it has one.',
  })
  sourceDocument(@Root() task: Plain<Task>, @Ctx() ctx: Context) {
    return task.sourceDocument ? loader(ctx, legalDocumentById).load(task.sourceDocument.id) : null;
  }

  @FieldResolver(() => DeadlineBucket, {
    nullable: true,
    description: 'How it stands against its deadline today (Vietnam time); null when cancelled.',
  })
  deadlineBucket(@Root() task: Plain<Task>) {
    return deadlineBucketOf(task, todayInVietnam());
  }

  @FieldResolver(() => [TaskAssignmentType], {
    description: 'Assignments, oldest first: current ones, or with includeEnded also those handed on.',
  })
  async assignments(
    @Root() task: Plain<Task>,
    @Arg('includeEnded', () => Boolean, { nullable: true }) includeEnded: boolean | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const reads = perSelection(info, 'assignments', (i) => assignmentReads(i, ['endedOn']));
    const all = await loader(ctx, assignmentsByTask).load(assignmentsKey(task.id, reads));
    return includeEnded ? all : all.filter((a) => a.endedOn === null);
  }

  @FieldResolver(() => TaskAssignmentType, {
    nullable: true,
    description: 'The current lead (chủ trì).',
  })
  async leadAssignment(@Root() task: Plain<Task>, @Info() info: GraphQLResolveInfo, @Ctx() ctx: Context) {
    const reads = perSelection(info, 'assignments', (i) => assignmentReads(i, ['endedOn', 'role']));
    const all = await loader(ctx, assignmentsByTask).load(assignmentsKey(task.id, reads));
    return all.find((a) => a.endedOn === null && a.role === AssignmentRole.LEAD) ?? null;
  }

  @FieldResolver(() => ProgressReportConnection, { description: 'Progress reports, newest first.' })
  reports(
    @Root() task: Plain<Task>,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return loadNow(ctx, reportsByTask, listKey(task.id, pageRequest(page, info)));
  }

  @FieldResolver(() => [TaskFollowUpType], { description: 'Follow-ups ("đôn đốc"), newest first.' })
  followUps(@Root() task: Plain<Task>, @Ctx() ctx: Context) {
    return loadNow(ctx, followUpsByTask, task.id);
  }

  @FieldResolver(() => [TaskDeadlineChangeType], {
    description: 'Changes of its deadline ("gia hạn", corrections), newest first.',
  })
  deadlineChanges(@Root() task: Plain<Task>, @Ctx() ctx: Context) {
    return loadNow(ctx, deadlineChangesByTask, task.id);
  }

  @FieldResolver(() => TaskPermissions)
  async viewerCan(@Root() task: Plain<Task>, @Ctx() ctx: Context) {
    return permissions(ctx, taskPolicy, await taskAccessView(ctx, task));
  }
}
