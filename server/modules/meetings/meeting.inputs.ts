import { IsOptional, MaxLength } from 'class-validator';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { Name, Text } from '../../core/text.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MeetingKind, MeetingStatus } from './meeting.enums.js';
import { MeetingSeriesType, MeetingType } from './meeting.type.js';
import { SchedulingConflict } from './conflict.type.js';

/** Longest free text a client may send in one field (minutes excepted). */
export const MAX_TEXT = 10_000;
/** Longest reason for postponing or cancelling. */
export const MAX_REASON_LENGTH = 2000;
/** Longest title of a meeting or agenda item. */
export const MAX_TITLE_LENGTH = 500;
/** Most organizations or people in one invitation list. */
export const MAX_INVITEES = 200;

/**
 * Which occurrences of a series a change applies to.
 * - `THIS`: This occurrence only.
 * - `THIS_AND_FOLLOWING`: This occurrence and the following ones: the series is split there.
 * - `SERIES`: The whole series.
 */
export const MeetingChangeScope = stringEnum('THIS', 'THIS_AND_FOLLOWING', 'SERIES');
/** A member of {@link MeetingChangeScope}. */
export type MeetingChangeScope = EnumMember<typeof MeetingChangeScope>;
registerEnumType(MeetingChangeScope, {
  name: 'MeetingChangeScope',
  description: 'Which occurrences a change applies to; a one-off meeting is its own series.',
});

/** Filter of `meetings`. */
@InputType({ description: 'Filter of `meetings`: occurrences in the range, recurring ones included.' })
export class MeetingsFilter {
  @Field(() => ID, { nullable: true, description: 'Meetings the organization hosts or is invited to.' })
  organizationId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Meetings ending after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Meetings starting before this instant.' })
  to?: Date | null;

  @Field(() => [MeetingKind], { nullable: true })
  kinds?: MeetingKind[] | null;

  @Field(() => [MeetingStatus], { nullable: true })
  status?: MeetingStatus[] | null;
}

/** Input of `rescheduleMeeting`. */
@InputType()
export class RescheduleMeetingInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => MeetingChangeScope, { nullable: true, description: 'Default THIS.' })
  @IsOptional()
  scope?: MeetingChangeScope | null;

  @Field({ description: 'New start of this occurrence (the others keep their place in the rule).' })
  startsAt!: Date;

  @Field()
  endsAt!: Date;
}

/** Result of `rescheduleMeeting`. */
@ObjectType()
export class RescheduleMeetingPayload {
  @Field(() => MeetingType)
  meeting!: MeetingType;

  @Field(() => MeetingSeriesType, {
    nullable: true,
    description: 'Its series after the change (new one on a split).',
  })
  series!: MeetingSeriesType | null;

  @Field(() => [SchedulingConflict])
  warnings!: SchedulingConflict[];
}

/**
 * The free-text details of a meeting: set by `scheduleMeeting`, changed by
 * `updateMeeting` (unused on its own, so absent from the schema).
 */
@InputType()
export abstract class MeetingDetailsInput {
  @Field(() => String, { nullable: true })
  @Text({ max: MAX_TEXT })
  description?: string | null;

  @Field(() => String, { nullable: true })
  @Text({ max: 500 })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) link to join online.' })
  @IsOptional()
  @MaxLength(MAX_TEXT)
  onlineUrl?: string | null;
}

/**
 * Input of `updateMeeting`: the details to change (a field left out stays as
 * it is; description, place and link are cleared with null or blank).
 */
@InputType()
export class UpdateMeetingInput extends MeetingDetailsInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => MeetingChangeScope, { nullable: true, description: 'Default THIS.' })
  @IsOptional()
  scope?: MeetingChangeScope | null;

  @Field(() => String, { nullable: true, description: 'Left out or null: unchanged.' })
  @Name({ max: MAX_TITLE_LENGTH, required: true })
  title?: string | null;

  @Field(() => Date, { nullable: true, description: 'New start of this occurrence; left out: unchanged.' })
  @IsOptional()
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'New end; left out: unchanged.' })
  @IsOptional()
  endsAt?: Date | null;
}

/** Input of `postponeMeeting`. */
@InputType()
export class PostponeMeetingInput {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  @Name({ max: MAX_REASON_LENGTH })
  reason!: string;
}

/** Input of `cancelMeeting`. */
@InputType()
export class CancelMeetingInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => MeetingChangeScope, { nullable: true, description: 'Default THIS.' })
  @IsOptional()
  scope?: MeetingChangeScope | null;

  @Field()
  @Name({ max: MAX_REASON_LENGTH })
  reason!: string;
}

/** Result of the mutations that change one meeting. */
@ObjectType()
export class MeetingPayload {
  @Field(() => MeetingType)
  meeting!: MeetingType;
}

/** Result of `cancelMeeting`. */
@ObjectType()
export class CancelMeetingPayload {
  @Field(() => MeetingType)
  meeting!: MeetingType;

  @Field(() => Int, { description: 'Occurrences cancelled.' })
  cancelledCount!: number;
}
