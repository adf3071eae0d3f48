import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/postgresql';
import { BaseEntity } from '../../core/db/base.entity.js';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { Organization } from '../organizations/organization.entity.js';
import { Person } from '../people/person.entity.js';
import { User } from '../users/user.entity.js';
import { Meeting } from './meeting.entity.js';

/** Chủ trì or đồng chủ trì. */
export const ChairRole = stringEnum('CHAIR', 'CO_CHAIR');
/** A member of {@link ChairRole}. */
export type ChairRole = EnumMember<typeof ChairRole>;

/**
 * An invitee's answer.
 * - `DELEGATED`: Someone else (a named person) goes instead.
 */
export const InvitationResponse = stringEnum('PENDING', 'ACCEPTED', 'DECLINED', 'DELEGATED');
/** A member of {@link InvitationResponse}. */
export type InvitationResponse = EnumMember<typeof InvitationResponse>;

/** Attendance recorded once the meeting has started. */
export const Attendance = stringEnum('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED');
/** A member of {@link Attendance}. */
export type Attendance = EnumMember<typeof Attendance>;

/** A person chairing a meeting (seed 002: two co-chairs). */
@Entity({ tableName: 'meeting_chair' })
@Unique({ properties: ['meeting', 'person'] })
export class MeetingChair extends BaseEntity {
  @ManyToOne(() => Meeting, { ref: true, index: true })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => Person, { ref: true, index: true })
  person!: Ref<Person>;

  @Enum({ items: () => ChairRole })
  role!: ChairRole;

  @Property({ type: 'integer', default: 0 })
  position: Opt<number> = 0;
}

/**
 * An invitation to an organization or to a named person (exactly one), its
 * answer and, after the start, the attendance.
 */
@Entity({ tableName: 'meeting_invitation' })
@Index({
  name: 'meeting_invitation_one_per_organization',
  expression:
    'create unique index "meeting_invitation_one_per_organization" on "meeting_invitation" ("meeting_id", "organization_id") where "organization_id" is not null',
})
@Index({
  name: 'meeting_invitation_one_per_person',
  expression:
    'create unique index "meeting_invitation_one_per_person" on "meeting_invitation" ("meeting_id", "person_id") where "person_id" is not null',
})
export class MeetingInvitation extends BaseEntity {
  @ManyToOne(() => Meeting, { ref: true, index: true })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => Organization, { ref: true, nullable: true, index: true })
  organization: Ref<Organization> | null = null;

  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  person: Ref<Person> | null = null;

  @Enum({ items: () => InvitationResponse, default: InvitationResponse.PENDING })
  response: Opt<InvitationResponse> = InvitationResponse.PENDING;

  /** Who goes instead, when DELEGATED. */
  @ManyToOne(() => Person, { ref: true, nullable: true, index: true })
  delegate: Ref<Person> | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  responseNote: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  respondedBy: Ref<User> | null = null;

  @Enum({ items: () => Attendance, nullable: true })
  attendance: Attendance | null = null;

  @Property({ type: 'string', length: 2000, nullable: true })
  attendanceNote: string | null = null;
}
