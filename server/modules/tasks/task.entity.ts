import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { LegalDocument } from '../legal-documents/legal-document.entity.js';
import { CoordinationProgram } from '../programs/program.entity.js';

/** Where a task comes from. */
export enum TaskSourceKind {
  LEGAL_DOCUMENT = 'LEGAL_DOCUMENT',
  PROGRAM = 'PROGRAM',
  MEETING_CONCLUSION = 'MEETING_CONCLUSION',
  OTHER = 'OTHER',
}

export enum TaskPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

export enum TaskStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** Statuses from which a task can still move (DONE and CANCELLED are final). */
export const OPEN_TASK_STATUSES = [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED];

/**
 * How Vietnamese task tracking reports a task against its deadline. Derived,
 * computed in SQL (`DEADLINE_BUCKET_SQL`) so it can be filtered and counted.
 */
export enum DeadlineBucket {
  DONE_ON_TIME = 'DONE_ON_TIME',
  DONE_LATE = 'DONE_LATE',
  OPEN_WITHIN_DEADLINE = 'OPEN_WITHIN_DEADLINE',
  OVERDUE = 'OVERDUE',
}

/** An assigned responsibility ("nhiệm vụ"): one lead organization, any number of coordinating ones. */
@Entity({ tableName: 'task' })
@Index({ properties: ['dueOn'] })
/** A program's tasks by deadline (the nested `Program.tasks` page, keyset on due date and id). */
@Index({ properties: ['program', 'dueOn', 'id'] })
@Index({
  name: 'task_search_key_trgm',
  expression: 'create index "task_search_key_trgm" on "task" using gin ("search_key" gin_trgm_ops)',
})
export class Task extends BaseEntity {
  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'string', length: 500 })
  searchKey!: string;

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
