import { Entity, Enum, Index, ManyToOne, Property, Trigger } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { Task } from './task.entity.js';

/** Chủ trì (exactly one current LEAD per task) or phối hợp. */
export const AssignmentRole = stringEnum('LEAD', 'COORDINATING');
/** A member of {@link AssignmentRole}. */
export type AssignmentRole = EnumMember<typeof AssignmentRole>;

/**
 * An organization's assignment on a task. Reassigning ends the row
 * (`endedOn`) and opens a new one, so the history of who held it stays.
 */
@Entity({ tableName: 'task_assignment' })
@Index({ properties: ['organization', 'task'] })
@Index({
  name: 'task_assignment_one_current_lead',
  expression:
    'create unique index "task_assignment_one_current_lead" on "task_assignment" ("task_id") where "role" = \'LEAD\' and "ended_on" is null',
})
/**
 * "What is ours to do, by deadline" walks this index and stops at the page's
 * end, however many tasks the organization holds (decision 028).
 */
@Index({
  name: 'task_assignment_current_by_task_due_on',
  expression:
    'create index "task_assignment_current_by_task_due_on" on "task_assignment" ("organization_id", "task_due_on", "task_id") where "ended_on" is null',
})
@Trigger({
  name: 'task_assignment_task_due_on',
  timing: 'before',
  events: ['insert'],
  forEach: 'row',
  body: `new.task_due_on := (select t.due_on from task t where t.id = new.task_id);
  return new;`,
})
export class TaskAssignment extends BaseEntity {
  @ManyToOne(() => Task, { ref: true, index: true })
  task!: Ref<Task>;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Enum({ items: () => AssignmentRole })
  role!: AssignmentRole;

  /** The named person in charge, when there is one. */
  @ManyToOne(() => Person, { ref: true, nullable: true })
  personInCharge: Ref<Person> | null = null;

  /** The organization's own sub-deadline, when it has one. */
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Property({ type: 'date' })
  assignedOn!: string;

  /**
   * The task's deadline, copied by the database (a trigger on insert here and
   * on `task.due_on` changes) for `task_assignment_current_by_task_due_on`;
   * never set by the application (decision 028).
   */
  @Property({ type: 'date', nullable: true })
  readonly taskDueOn?: string | null;

  /**
   * The organization's own progress, 0–100, from its latest report on the
   * task; null until it reports. Only the LEAD's report sets the task's.
   */
  @Property({ type: 'smallint', nullable: true })
  progress: number | null = null;

  /** When the organization last reported on the task; null while it has not answered. */
  @Property({ type: 'timestamptz', nullable: true })
  reportedAt: Date | null = null;

  /** Set when the assignment was handed on or removed; null while current. */
  @Property({ type: 'date', nullable: true })
  endedOn: string | null = null;
}
