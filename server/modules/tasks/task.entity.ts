import { Entity, Enum, Index, ManyToOne, Property, Trigger } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { TitledEntity } from '../../core/db/titled.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { LegalDocument } from '../legal-documents/legal-document.entity.js';
import { CoordinationProgram } from '../programs/program.entity.js';

/** Where a task comes from. */
export const TaskSourceKind = stringEnum('LEGAL_DOCUMENT', 'PROGRAM', 'MEETING_CONCLUSION', 'OTHER');
/** A member of {@link TaskSourceKind}. */
export type TaskSourceKind = EnumMember<typeof TaskSourceKind>;

/** How urgent a task is. */
export const TaskPriority = stringEnum('LOW', 'NORMAL', 'HIGH', 'URGENT');
/** A member of {@link TaskPriority}. */
export type TaskPriority = EnumMember<typeof TaskPriority>;

/**
 * Where a task stands: NOT_STARTED, IN_PROGRESS and BLOCKED move freely
 * between each other; DONE and CANCELLED are final.
 */
export const TaskStatus = stringEnum('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED');
/** A member of {@link TaskStatus}. */
export type TaskStatus = EnumMember<typeof TaskStatus>;

/** Statuses from which a task can still move (DONE and CANCELLED are final). */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = [
  TaskStatus.NOT_STARTED,
  TaskStatus.IN_PROGRESS,
  TaskStatus.BLOCKED,
];

/**
 * How Vietnamese task tracking reports a task against its deadline. Derived,
 * computed in SQL (`DEADLINE_BUCKET_SQL`) so it can be filtered and counted.
 */
export const DeadlineBucket = stringEnum('DONE_ON_TIME', 'DONE_LATE', 'OPEN_WITHIN_DEADLINE', 'OVERDUE');
/** A member of {@link DeadlineBucket}. */
export type DeadlineBucket = EnumMember<typeof DeadlineBucket>;

/** An assigned responsibility ("nhiệm vụ"): one lead organization, any number of coordinating ones. */
@Entity({ tableName: 'task' })
@Index({ properties: ['dueOn'] })
/** A program's tasks by deadline (the nested `Program.tasks` page, keyset on due date and id). */
@Index({ properties: ['program', 'dueOn', 'id'] })
/** Its current deadline follows into its assignments' copy (`TaskAssignment.taskDueOn`, decision 028). */
@Trigger({
  name: 'task_due_on_to_assignments',
  timing: 'after',
  events: ['update'],
  forEach: 'row',
  body: `if new.due_on is distinct from old.due_on then
    update task_assignment set task_due_on = new.due_on where task_id = new.id;
  end if;
  return null;`,
})
@Index({
  name: 'task_search_key_trgm',
  expression: 'create index "task_search_key_trgm" on "task" using gin ("search_key" gin_trgm_ops)',
})
export class Task extends TitledEntity {
  @ManyToOne(() => CoordinationProgram, { ref: true, nullable: true, index: true })
  program: Ref<CoordinationProgram> | null = null;

  @ManyToOne(() => Task, { ref: true, nullable: true, index: true })
  parent: Ref<Task> | null = null;

  @Enum({ items: () => TaskSourceKind, default: TaskSourceKind.OTHER })
  sourceKind: Opt<TaskSourceKind> = TaskSourceKind.OTHER;

  @ManyToOne(() => LegalDocument, { ref: true, nullable: true })
  sourceDocument: Ref<LegalDocument> | null = null;

  /** The meeting conclusion it came from (set by the meetings module; no FK here to keep modules apart). */
  @Property({ type: 'uuid', nullable: true, unique: true })
  sourceConclusionId: string | null = null;

  @Enum({ items: () => TaskPriority, default: TaskPriority.NORMAL })
  priority: Opt<TaskPriority> = TaskPriority.NORMAL;

  @Property({ type: 'date', nullable: true })
  startsOn: string | null = null;

  @Property({ type: 'date' })
  dueOn!: string;

  @Enum({ items: () => TaskStatus, default: TaskStatus.NOT_STARTED })
  status: Opt<TaskStatus> = TaskStatus.NOT_STARTED;

  @Property({ type: 'smallint', default: 0 })
  progressPercent: Opt<number> = 0;

  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  /** Why it was cancelled, when it was. */
  @Property({ type: 'string', length: 2000, nullable: true })
  statusReason: string | null = null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}

/**
 * The deadline bucket of alias `t` in SQL, against today in Asia/Ho_Chi_Minh
 * (NULL for cancelled tasks, which count in no bucket).
 */
export const deadlineBucketSql = (t: string): string => `case
  when ${t}.status = 'CANCELLED' then null
  when ${t}.status = 'DONE' and ${t}.completed_on <= ${t}.due_on then 'DONE_ON_TIME'
  when ${t}.status = 'DONE' then 'DONE_LATE'
  when ${t}.due_on >= (now() at time zone 'Asia/Ho_Chi_Minh')::date then 'OPEN_WITHIN_DEADLINE'
  else 'OVERDUE' end`;
