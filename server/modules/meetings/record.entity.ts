import { Entity, Enum, ManyToOne, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { CoordinationProgram } from '../programs/program.entity.js';
import { Task } from '../tasks/task.entity.js';
import { User } from '../users/user.entity.js';
import { Meeting } from './meeting.entity.js';

/** Minutes are drafted, then approved (final). */
export const MinutesStatus = stringEnum('DRAFT', 'APPROVED');
/** A member of {@link MinutesStatus}. */
export type MinutesStatus = EnumMember<typeof MinutesStatus>;

/** An item of a meeting's agenda, in order. */
@Entity({ tableName: 'meeting_agenda_item' })
export class MeetingAgendaItem extends BaseEntity {
  @ManyToOne(() => Meeting, { ref: true, index: true })
  meeting!: Ref<Meeting>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 500 })
  title!: string;

  @ManyToOne(() => Organization, { ref: true, nullable: true })
  presenterOrganization: Ref<Organization> | null = null;

  @ManyToOne(() => Person, { ref: true, nullable: true })
  presenterPerson: Ref<Person> | null = null;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  @ManyToOne(() => CoordinationProgram, { ref: true, nullable: true })
  program: Ref<CoordinationProgram> | null = null;

  @ManyToOne(() => Task, { ref: true, nullable: true })
  task: Ref<Task> | null = null;
}

/** The minutes ("biên bản") of a meeting: one text, draft or approved. */
@Entity({ tableName: 'meeting_minutes' })
export class MeetingMinutes extends BaseEntity {
  @OneToOne(() => Meeting, { ref: true, owner: true, unique: true })
  meeting!: Ref<Meeting>;

  @Property({ type: 'text' })
  text!: string;

  @Enum({ items: () => MinutesStatus, default: MinutesStatus.DRAFT })
  status: Opt<MinutesStatus> = MinutesStatus.DRAFT;

  @Property({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  approvedBy: Ref<User> | null = null;
}

/** A conclusion ("kết luận") of a meeting; it may become one task. */
@Entity({ tableName: 'meeting_conclusion' })
export class MeetingConclusion extends BaseEntity {
  @ManyToOne(() => Meeting, { ref: true, index: true })
  meeting!: Ref<Meeting>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  text!: string;

  /** The task it became (`turnConclusionIntoTask`); at most one. */
  @ManyToOne(() => Task, { ref: true, nullable: true, unique: true })
  task: Ref<Task> | null = null;
}
