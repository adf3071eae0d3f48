import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
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
