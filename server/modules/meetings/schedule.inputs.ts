import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { SchedulingConflict } from './conflict.type.js';
import { MeetingKind } from './meeting.enums.js';
import { Name } from '../../core/text.js';
import { MAX_INVITEES, MAX_TITLE_LENGTH, MeetingDetailsInput } from './meeting.inputs.js';
import { MeetingSeriesType, MeetingType } from './meeting.type.js';
import { ChairRole } from './participation.entity.js';

/** An RFC 5545 recurrence of `scheduleMeeting`. */
@InputType({ description: 'An RFC 5545 recurrence; exactly one of count and until (no open-ended series).' })
export class RecurrenceInput {
  @Field({ description: 'RRULE value, e.g. "FREQ=MONTHLY;BYDAY=1MO" (DAILY to YEARLY).' })
  @MaxLength(500)
  rrule!: string;

  @Field(() => Int, { nullable: true, description: 'Number of occurrences (at most 400).' })
  @IsOptional()
  count?: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the series (Asia/Ho_Chi_Minh).' })
  @IsOptional()
  until?: string | null;
}

/** A chair or co-chair of `scheduleMeeting`. */
@InputType()
export class ChairInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ChairRole, { nullable: true, description: 'Default CHAIR.' })
  @IsOptional()
  role?: ChairRole | null;
}

/** Input of `scheduleMeeting`. */
@InputType()
export class ScheduleMeetingInput extends MeetingDetailsInput {
  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field()
  @Name({ max: MAX_TITLE_LENGTH })
  title!: string;

  @Field(() => ID, { description: 'The host; needs COORDINATOR on it.' })
  hostOrganizationId!: string;

  @Field({ description: 'Start of the (first) meeting.' })
  startsAt!: Date;

  @Field({ description: 'End of the (first) meeting; after the start.' })
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: 'A coordination program the meeting belongs to.' })
  @IsOptional()
  programId?: string | null;

  @Field(() => [ChairInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  chairs?: ChairInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Organizations invited (active ones).' })
  @IsOptional()
  @ArrayMaxSize(MAX_INVITEES)
  invitedOrganizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'People invited by name.' })
  @IsOptional()
  @ArrayMaxSize(MAX_INVITEES)
  invitedPersonIds?: string[] | null;

  @Field(() => RecurrenceInput, {
    nullable: true,
    description: 'Makes it a series; every occurrence is created.',
  })
  @IsOptional()
  recurrence?: RecurrenceInput | null;
}

/** Result of `scheduleMeeting`. */
@ObjectType()
export class ScheduleMeetingPayload {
  @Field(() => MeetingType, { description: 'The meeting, or the first occurrence of the series.' })
  meeting!: MeetingType;

  @Field(() => MeetingSeriesType, { nullable: true })
  series!: MeetingSeriesType | null;

  @Field(() => [SchedulingConflict], {
    description: 'Chairs or heads of invited organizations already booked.',
  })
  warnings!: SchedulingConflict[];
}

/** Input of `schedulingConflicts`: the times to check, and the meeting or the host and people concerned. */
@InputType()
export class SchedulingConflictsInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A meeting being moved: its chairs and invited organizations are checked too.',
  })
  @IsOptional()
  meetingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The host of a meeting not yet scheduled.' })
  @IsOptional()
  hostOrganizationId?: string | null;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  chairPersonIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_INVITEES)
  invitedOrganizationIds?: string[] | null;

  @Field(() => RecurrenceInput, { nullable: true, description: 'Every occurrence of it is checked.' })
  @IsOptional()
  recurrence?: RecurrenceInput | null;
}
