import { readAs } from '../../core/read/rows.js';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { LocalDate } from '../../core/scalars.js';
import { AssignmentRole, TaskAssignment } from './assignment.entity.js';
import { ProgressReport, TaskDeadlineChange, TaskFollowUp } from './progress-report.entity.js';
import { DeadlineBucket, Task, TaskPriority, TaskSourceKind, TaskStatus } from './task.entity.js';

registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description:
    'NOT_STARTED, IN_PROGRESS and BLOCKED move freely between each other; DONE and CANCELLED are final.',
});
registerEnumType(TaskPriority, { name: 'TaskPriority' });
registerEnumType(TaskSourceKind, {
  name: 'TaskSourceKind',
  description: 'Where a task comes from.',
  valuesConfig: {
    LEGAL_DOCUMENT: { description: 'A legal basis document (Quyết định, Chỉ thị, Kết luận…)' },
    PROGRAM: { description: 'A coordination program' },
    MEETING_CONCLUSION: { description: 'A conclusion of a briefing meeting' },
  },
});
registerEnumType(DeadlineBucket, {
  name: 'DeadlineBucket',
  description: 'How a task stands against its deadline (cancelled tasks are in no bucket).',
  valuesConfig: {
    DONE_ON_TIME: { description: 'Hoàn thành đúng hạn' },
    DONE_LATE: { description: 'Hoàn thành quá hạn' },
    OPEN_WITHIN_DEADLINE: { description: 'Đang thực hiện, trong hạn' },
    OVERDUE: { description: 'Quá hạn, chưa hoàn thành' },
  },
});
registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  valuesConfig: { LEAD: { description: 'Chủ trì' }, COORDINATING: { description: 'Phối hợp' } },
});

/**
 * An assigned responsibility ("nhiệm vụ"). Root values are `Task` entities;
 * links, the deadline bucket and `viewerCan` come from `TaskResolver`.
 */
@ObjectType('Task', { implements: Node })
export class TaskType extends Node {
  @Field({ description: 'NFC, 1 to 500 characters.' })
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => TaskSourceKind)
  sourceKind!: TaskSourceKind;

  @Field(() => TaskPriority)
  priority!: TaskPriority;

  @Field(() => LocalDate, { nullable: true })
  startsOn!: string | null;

  @Field(() => LocalDate, { description: 'The deadline (hạn hoàn thành).' })
  dueOn!: string;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => Int, {
    description:
      "0 to 100, from the LEAD organization's latest progress report (100 when DONE); each assignment keeps its own.",
  })
  progressPercent!: number;

  @Field(() => LocalDate, { nullable: true, description: 'Set when DONE.' })
  completedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when it was.' })
  statusReason!: string | null;

  @Field(() => Int, {
    description:
      'Optimistic-lock version; pass it back to reassignTaskLead, completeTask and cancelTask. Every change to the task, its assignments or its reports increases it.',
  })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const TaskConnection = connectionType('Task', TaskType);

/**
 * An organization's assignment on a task: LEAD (chủ trì) or COORDINATING
 * (phối hợp). Handing it on ends the row and opens another, so the history of
 * who held it stays. Root values are `TaskAssignment` entities.
 */
@ObjectType('TaskAssignment', { implements: Node })
export class TaskAssignmentType extends Node {
  @Field(() => AssignmentRole)
  role!: AssignmentRole;

  @Field(() => LocalDate, { nullable: true, description: "The organization's own sub-deadline, if any." })
  dueOn!: string | null;

  @Field(() => LocalDate)
  assignedOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The day it was handed on or ended; null while current.',
  })
  endedOn!: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The organization's own progress, 0 to 100, from its latest report; null until it reports. The task's progressPercent is the LEAD's.",
  })
  progress!: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the organization last reported on the task; null while it has not answered.',
  })
  reportedAt!: Date | null;
}

/** An assigned organization's report on a task. Root values are `ProgressReport` entities. */
@ObjectType('ProgressReport', { implements: Node })
export class ProgressReportType extends Node {
  @Field()
  body!: string;

  @Field(() => Int, { description: '0 to 100.' })
  percent!: number;

  @Field(() => TaskStatus, {
    nullable: true,
    description: 'The status the report moved the task to, if any.',
  })
  newStatus!: TaskStatus | null;

  @Field(() => LocalDate)
  reportedOn!: string;

  @Field()
  createdAt!: Date;
}

export const ProgressReportConnection = connectionType('ProgressReport', ProgressReportType);

/** A follow-up ("đôn đốc") on a task. Root values are `TaskFollowUp` entities. */
@ObjectType('TaskFollowUp', { implements: Node })
export class TaskFollowUpType extends Node {
  @Field()
  message!: string;

  @Field()
  createdAt!: Date;
}

/** A change of a task's deadline ("gia hạn"). Root values are `TaskDeadlineChange` entities. */
@ObjectType('TaskDeadlineChange')
export class TaskDeadlineChangeType {
  @Field(() => LocalDate, { description: 'The deadline before the change.' })
  previousDueOn!: string;

  @Field(() => LocalDate, { description: 'The deadline set.' })
  dueOn!: string;

  @Field(() => String, { nullable: true, description: 'Why; always given for an extension.' })
  reason!: string | null;

  @Field()
  createdAt!: Date;
}

/** What the viewer may do on a task (the task policy), so clients can hide what it may not. */
@ObjectType()
export class TaskPermissions {
  @Field({ description: 'assignTask, reassignTaskLead, cancelTask' })
  manage!: boolean;

  @Field({ description: 'completeTask' })
  complete!: boolean;

  @Field({ description: 'reportTaskProgress (for an assigned organization the viewer is MEMBER of)' })
  report!: boolean;

  @Field({ description: 'urgeTask' })
  urge!: boolean;

  @Field({ description: 'updateTask (title, description, deadline)' })
  edit!: boolean;

  @Field({ description: 'extendTaskDeadline ("gia hạn")' })
  extendDeadline!: boolean;
}

/** Counts of tasks per deadline bucket, as a review conference reads them. */
@ObjectType()
export class TaskStats {
  @Field(() => Int, { description: 'Every task counted, cancelled ones included.' })
  total!: number;

  @Field(() => Int)
  doneOnTime!: number;

  @Field(() => Int)
  doneLate!: number;

  @Field(() => Int)
  openWithinDeadline!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'doneOnTime / (doneOnTime + doneLate), 0 to 1; null when nothing is done yet.',
  })
  onTimeCompletionRate!: number | null;
}

readAs(Task, TaskType, 'Task');
readAs(TaskAssignment, TaskAssignmentType, 'TaskAssignment');
readAs(ProgressReport, ProgressReportType, 'ProgressReport');
readAs(TaskFollowUp, TaskFollowUpType, 'TaskFollowUp');
readAs(TaskDeadlineChange, TaskDeadlineChangeType, 'TaskDeadlineChange');
