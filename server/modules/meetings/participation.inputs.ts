import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Text } from '../../core/text.js';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MAX_INVITEES, MAX_TEXT, MeetingChangeScope } from './meeting.inputs.js';
import { MeetingType } from './meeting.type.js';
import { Attendance, InvitationResponse } from './participation.entity.js';
import { MeetingInvitationType } from './participation.type.js';

/** Input of `inviteToMeeting`. */
@InputType()
export class InviteToMeetingInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => MeetingChangeScope, {
    nullable: true,
    description: 'Default THIS; THIS_AND_FOLLOWING and SERIES invite to those occurrences not yet started.',
  })
  @IsOptional()
  scope?: MeetingChangeScope | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Active organizations; CONFLICT for a merged or dissolved one.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_INVITEES)
  organizationIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_INVITEES)
  personIds?: string[] | null;
}

/** Result of `inviteToMeeting`. */
@ObjectType()
export class InviteToMeetingPayload {
  @Field(() => MeetingType)
  meeting!: MeetingType;

  @Field(() => [MeetingInvitationType], { description: 'The invitations created on this meeting.' })
  invitations!: MeetingInvitationType[];
}

/** Input of `respondToInvitation`. */
@InputType()
export class RespondToInvitationInput {
  @Field(() => ID)
  invitationId!: string;

  @Field(() => InvitationResponse, { description: 'ACCEPTED, DECLINED or DELEGATED.' })
  response!: InvitationResponse;

  @Field(() => ID, { nullable: true, description: 'With DELEGATED (only): the person who goes instead.' })
  @IsOptional()
  delegatePersonId?: string | null;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_TEXT })
  note?: string | null;
}

/** Result of `respondToInvitation`. */
@ObjectType()
export class RespondToInvitationPayload {
  @Field(() => MeetingInvitationType)
  invitation!: MeetingInvitationType;
}

/** One invitee's attendance in `recordAttendance`. */
@InputType()
export class AttendanceInput {
  @Field(() => ID)
  invitationId!: string;

  @Field(() => Attendance)
  attendance!: Attendance;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_TEXT })
  note?: string | null;
}

/** Input of `recordAttendance`. */
@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => [AttendanceInput])
  @ArrayMaxSize(MAX_INVITEES * 2)
  entries!: AttendanceInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'Dialogues and citizen receptions: citizens who took part.',
  })
  @IsOptional()
  citizenCount?: number | null;
}
