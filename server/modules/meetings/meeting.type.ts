import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { readAs } from '../../core/read/rows.js';
import { Meeting } from './meeting.entity.js';
import { MeetingKind, MeetingStatus } from './meeting.enums.js';

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  valuesConfig: {
    PERIODIC_BRIEFING: { description: 'Giao ban định kỳ' },
    THEMATIC_CONFERENCE: { description: 'Hội nghị chuyên đề' },
    REVIEW_CONFERENCE: { description: 'Hội nghị sơ kết, tổng kết' },
    TRAINING: { description: 'Tập huấn' },
    WORKING_SESSION: { description: 'Buổi làm việc' },
    DIALOGUE_WITH_PEOPLE: { description: 'Đối thoại với Nhân dân' },
    CITIZEN_RECEPTION: { description: 'Tiếp công dân' },
  },
});
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'SCHEDULED → IN_PROGRESS → HELD, or POSTPONED / CANCELLED (with a reason).',
});

/**
 * A meeting: one-off, or one occurrence of a series. Root values are
 * `Meeting` entities; links and `viewerCan` come from the meeting resolvers.
 */
@ObjectType('Meeting', { implements: Node })
export class MeetingType extends Node {
  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field({ description: 'Vietnamese title (NFC).' })
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field({ description: 'Start, UTC.' })
  startsAt!: Date;

  @Field({ description: 'End, UTC.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place.' })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'Link to join online.' })
  onlineUrl!: string | null;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'Why it was postponed or cancelled.' })
  statusReason!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Citizens who took part (dialogues with the people, citizen receptions).',
  })
  citizenCount!: number | null;

  @Field({
    description: 'True when this occurrence differs from its series (moved, postponed or cancelled alone).',
  })
  isException!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'For an occurrence: the start its series gives it (iCalendar RECURRENCE-ID), UTC.',
  })
  originalStart!: Date | null;

  @Field(() => Int, { description: 'Raised on every change (iCalendar SEQUENCE).' })
  sequence!: number;
}

/** A page of meetings (`MeetingConnection`). */
export const MeetingConnection = connectionType('Meeting', MeetingType);

/** A recurring meeting. Root values are `MeetingSeries` entities. */
@ObjectType('MeetingSeries', { implements: Node })
export class MeetingSeriesType extends Node {
  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field()
  title!: string;

  @Field({ description: 'DTSTART: the first occurrence, UTC.' })
  startsAt!: Date;

  @Field({ description: 'IANA time zone the rule runs in (Asia/Ho_Chi_Minh).' })
  timeZone!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'COUNT, when the series ends after a number of occurrences.',
  })
  count!: number | null;

  @Field(() => Date, { nullable: true, description: 'UNTIL (inclusive), when the series ends on a date.' })
  untilAt!: Date | null;

  @Field(() => Int, { description: 'Raised on every change of the series (iCalendar SEQUENCE).' })
  sequence!: number;
}

/** What the viewer may do on a meeting, so clients can hide what it may not. */
@ObjectType()
export class MeetingPermissions {
  @Field({ description: 'updateMeeting (title, description, place, link, time)' })
  update!: boolean;
  @Field({ description: 'rescheduleMeeting' })
  reschedule!: boolean;
  @Field({ description: 'postponeMeeting' })
  postpone!: boolean;
  @Field({ description: 'cancelMeeting' })
  cancel!: boolean;
  @Field({ description: 'inviteToMeeting' })
  invite!: boolean;
  @Field({ description: 'setAgenda' })
  setAgenda!: boolean;
  @Field({ description: 'startMeeting' })
  start!: boolean;
  @Field({ description: 'recordAttendance' })
  recordAttendance!: boolean;
  @Field({ description: 'recordMinutes' })
  recordMinutes!: boolean;
  @Field({ description: 'addConclusion, turnConclusionIntoTask' })
  addConclusion!: boolean;
  @Field({ description: 'closeMeeting' })
  close!: boolean;
  @Field({ description: 'respondToInvitation (the viewer holds an invitation)' })
  respond!: boolean;
}

readAs(Meeting, MeetingType, 'Meeting');
