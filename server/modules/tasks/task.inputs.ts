import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Name, Search, Text } from '../../core/text.js';
import { AssignmentRole } from './assignment.entity.js';
import { DeadlineBucket, TaskPriority, TaskSourceKind, TaskStatus } from './task.entity.js';
import { TaskOrder } from './task.repository.js';
import { ProgressReportType, TaskAssignmentType, TaskFollowUpType, TaskType } from './task.type.js';

registerEnumType(TaskOrder, {
  name: 'TaskOrder',
  valuesConfig: {
    DUE_DATE: { description: 'Earliest deadline first (default).' },
    PRIORITY: { description: 'Most urgent first, then earliest deadline.' },
    UPDATED_AT: { description: 'Most recently changed first.' },
    LEAD: { description: 'By the lead agency (Vietnamese collation), then earliest deadline.' },
  },
});

/** Longest task title. */
export const MAX_TITLE_LENGTH = 500;
/** Longest description or progress report. */
export const MAX_TEXT = 10_000;
/** Longest follow-up message or cancellation reason. */
export const MAX_SHORT_TEXT = 2000;

/** The filter fields every task list has (unused on its own, so absent from the schema). */
@InputType()
abstract class TaskListFilter {
  @Field(() => [TaskStatus], { nullable: true })
  @IsOptional()
  status?: TaskStatus[] | null;

  @Field(() => [DeadlineBucket], { nullable: true })
  @IsOptional()
  deadlineBucket?: DeadlineBucket[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Due on or before this day.' })
  @IsOptional()
  dueBefore?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Due on or after this day.' })
  @IsOptional()
  dueAfter?: string | null;
}

/** Filter of `Organization.tasks`. */
@InputType()
export class OrganizationTaskFilter extends TaskListFilter {
  @Field(() => AssignmentRole, { nullable: true, description: 'The role the organization holds now.' })
  @IsOptional()
  role?: AssignmentRole | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  programId?: string | null;
}

/** Filter of `CoordinationProgram.tasks`. */
@InputType()
export class ProgramTaskFilter extends TaskListFilter {
  @Field(() => ID, { nullable: true, description: 'Only tasks this organization is assigned to now.' })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => AssignmentRole, {
    nullable: true,
    description:
      'The role held now: by organizationId, or without it by any organization the viewer has a role on.',
  })
  @IsOptional()
  role?: AssignmentRole | null;

  @Field(() => String, { nullable: true, description: 'Matches the title, ignoring case and diacritics.' })
  @Search()
  search?: string | null;
}

/** Filter of the `tasks` query: a program's filter plus the program. */
@InputType()
export class TaskFilter extends ProgramTaskFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  programId?: string | null;
}

/** An organization to assign, with its optional person in charge and sub-deadline. */
@InputType()
export class TaskAssignmentInput {
  @Field(() => ID, { description: 'An ACTIVE organization.' })
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'The person in charge (cán bộ phụ trách).' })
  @IsOptional()
  personInChargeId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "The organization's own sub-deadline." })
  @IsOptional()
  dueOn?: string | null;
}

/** Input of `createTask`. */
@InputType()
export class CreateTaskInput {
  @Field({ description: '1 to 500 characters.' })
  @Name({ max: MAX_TITLE_LENGTH })
  title!: string;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_TEXT })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Default: the parent task's program." })
  @IsOptional()
  programId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  parentTaskId?: string | null;

  @Field(() => TaskSourceKind, {
    nullable: true,
    description: 'Default: LEGAL_DOCUMENT with sourceDocumentId, else PROGRAM with a program, else OTHER.',
  })
  @IsOptional()
  sourceKind?: TaskSourceKind | null;

  @Field(() => ID, { nullable: true, description: 'The legal document the task implements.' })
  @IsOptional()
  sourceDocumentId?: string | null;

  @Field(() => TaskPriority, { nullable: true, description: 'Default NORMAL.' })
  @IsOptional()
  priority?: TaskPriority | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  startsOn?: string | null;

  @Field(() => LocalDate, { description: 'Not before startsOn.' })
  dueOn!: string;

  @Field(() => TaskAssignmentInput, { description: 'The one lead organization (chủ trì).' })
  lead!: TaskAssignmentInput;

  @Field(() => [TaskAssignmentInput], {
    nullable: true,
    description: 'Coordinating organizations (phối hợp), each once and not the lead.',
  })
  @IsOptional()
  coordinating?: TaskAssignmentInput[] | null;
}

/** Result of `createTask`. */
@ObjectType()
export class CreateTaskPayload {
  @Field(() => TaskType)
  task!: TaskType;
}

/** Input of `assignTask`: adds a coordinating organization. */
@InputType()
export class AssignTaskInput extends TaskAssignmentInput {
  @Field(() => ID)
  taskId!: string;
}

/** Input of `reassignTaskLead`. */
@InputType()
export class ReassignTaskLeadInput extends TaskAssignmentInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { description: 'Version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

/** Result of `assignTask` and `reassignTaskLead`. */
@ObjectType()
export class TaskAssignmentPayload {
  @Field(() => TaskType)
  task!: TaskType;

  @Field(() => TaskAssignmentType, { description: 'The assignment opened.' })
  assignment!: TaskAssignmentType;
}

/** Input of `reportTaskProgress`. */
@InputType()
export class ReportTaskProgressInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => ID, {
    description: 'The reporting organization: currently assigned, and the viewer MEMBER on it.',
  })
  organizationId!: string;

  @Field({ description: 'What was done.' })
  @Text({ max: MAX_TEXT, required: true })
  body!: string;

  @Field(() => Int, { description: '0 to 100.' })
  percent!: number;

  @Field(() => TaskStatus, {
    nullable: true,
    description: 'Moves the task (not to CANCELLED: use cancelTask). DONE needs the completeTask right.',
  })
  @IsOptional()
  newStatus?: TaskStatus | null;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not in the future.' })
  @IsOptional()
  reportedOn?: string | null;
}

/** Result of `reportTaskProgress`. */
@ObjectType()
export class ReportTaskProgressPayload {
  @Field(() => TaskType)
  task!: TaskType;

  @Field(() => ProgressReportType)
  report!: ProgressReportType;
}

/** Input of `completeTask`. */
@InputType()
export class CompleteTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { description: 'Version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not in the future.' })
  @IsOptional()
  completedOn?: string | null;
}

/** Input of `cancelTask`. */
@InputType()
export class CancelTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { description: 'Version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field({ description: 'Why; 1 to 2000 characters.' })
  @Text({ max: MAX_SHORT_TEXT, required: true })
  reason!: string;
}

/** Input of `extendTaskDeadline`. */
@InputType()
export class ExtendTaskDeadlineInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { description: 'Version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => LocalDate, { description: 'The new deadline, after the current one.' })
  dueOn!: string;

  @Field({ description: "Why; 1 to 2000 characters, kept in the task's history." })
  @Text({ max: MAX_SHORT_TEXT, required: true })
  reason!: string;
}

/** Input of `updateTask`: only the fields given change. */
@InputType()
export class UpdateTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field(() => Int, { description: 'Version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: `1 to ${MAX_TITLE_LENGTH} characters.` })
  @Name({ max: MAX_TITLE_LENGTH, required: false })
  @IsOptional()
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Blank clears it; absent leaves it.',
  })
  @Text({ max: MAX_TEXT })
  @IsOptional()
  description?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'A corrected deadline, kept in the history; to give more time use extendTaskDeadline.',
  })
  @IsOptional()
  dueOn?: string | null;
}

/** Result of `completeTask` and `cancelTask`. */
@ObjectType()
export class TaskPayload {
  @Field(() => TaskType)
  task!: TaskType;
}

/** Input of `urgeTask`. */
@InputType()
export class UrgeTaskInput {
  @Field(() => ID)
  taskId!: string;

  @Field({ description: '1 to 2000 characters.' })
  @Text({ max: MAX_SHORT_TEXT, required: true })
  message!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organization urging: one the viewer is COORDINATOR on that runs the program or is at or above the lead. Default: the highest such organization of the chain of command of the lead, or of the program.',
  })
  @IsOptional()
  organizationId?: string | null;
}

/** Result of `urgeTask`. */
@ObjectType()
export class UrgeTaskPayload {
  @Field(() => TaskType)
  task!: TaskType;

  @Field(() => TaskFollowUpType)
  followUp!: TaskFollowUpType;
}

/** The order of task lists when the client gives none. */
export const DEFAULT_TASK_ORDER = TaskOrder.DUE_DATE;
