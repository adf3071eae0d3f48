import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { PersonType } from '../people/person.type.js';
import { MeetingType } from './meeting.type.js';

/**
 * Why a person's agenda was checked.
 * - `CHAIR`: The person chairs the meeting being scheduled.
 * - `HEAD_OF_INVITED_ORGANIZATION`: The person heads an organization invited to it.
 */
export const ConflictReason = stringEnum('CHAIR', 'HEAD_OF_INVITED_ORGANIZATION');
/** A member of {@link ConflictReason}. */
export type ConflictReason = EnumMember<typeof ConflictReason>;
registerEnumType(ConflictReason, { name: 'ConflictReason' });

/**
 * A warning (never a refusal): a chair, or the current head of an invited
 * organization, is already booked — chairing, or invited to, another meeting
 * that is not cancelled — at an overlapping time.
 */
@ObjectType()
export class SchedulingConflict {
  @Field(() => PersonType)
  person!: PersonType;

  @Field(() => ConflictReason)
  reason!: ConflictReason;

  @Field(() => OrganizationType, {
    nullable: true,
    description: 'The invited organization the person heads.',
  })
  organization!: OrganizationType | null;

  @Field({ description: 'Start of the occurrence being scheduled that overlaps.' })
  startsAt!: Date;

  @Field(() => MeetingType, {
    nullable: true,
    description: 'The other meeting; null when the viewer may not see it (the person is busy then).',
  })
  conflictingMeeting!: MeetingType | null;

  @Field()
  conflictingStartsAt!: Date;

  @Field()
  conflictingEndsAt!: Date;
}
