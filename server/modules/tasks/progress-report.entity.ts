import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { Task, TaskStatus } from './task.entity.js';

/** An assigned organization's report on a task. */
@Entity({ tableName: 'progress_report' })
export class ProgressReport extends BaseEntity {
  @ManyToOne(() => Task, { ref: true, index: true })
  task!: Ref<Task>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'smallint' })
  percent!: number;

  /** The status the report moved the task to, if it did. */
  @Enum({ items: () => TaskStatus, nullable: true })
  newStatus: TaskStatus | null = null;

  @Property({ type: 'date' })
  reportedOn!: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  author: Ref<User> | null = null;
}

/** A follow-up ("đôn đốc") on a late task. */
@Entity({ tableName: 'task_follow_up' })
export class TaskFollowUp extends BaseEntity {
  @ManyToOne(() => Task, { ref: true, index: true })
  task!: Ref<Task>;

  /** The organization urging. */
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Property({ type: 'text' })
  message!: string;

  @ManyToOne(() => User, { ref: true, nullable: true })
  author: Ref<User> | null = null;
}

/**
 * A change of a task's deadline ("gia hạn", or a correction by `updateTask`),
 * kept as the task's history with the reason given.
 */
@Entity({ tableName: 'task_deadline_change' })
export class TaskDeadlineChange extends BaseEntity {
  @ManyToOne(() => Task, { ref: true, index: true })
  task!: Ref<Task>;

  @Property({ type: 'date' })
  previousDueOn!: string;

  @Property({ type: 'date' })
  dueOn!: string;

  /** Why; required for an extension, may be null for a correction. */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  author: Ref<User> | null = null;
}
