import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Name, Text } from '../../core/text.js';
import { MAX_INVITEES, MAX_TEXT, MAX_TITLE_LENGTH } from './meeting.inputs.js';
import { MeetingConclusionType, MeetingMinutesType } from './record.type.js';
import { TaskPriority } from '../tasks/task.entity.js';
import { MAX_TITLE_LENGTH as MAX_TASK_TITLE_LENGTH, TaskAssignmentInput } from '../tasks/task.inputs.js';
import { TaskType } from '../tasks/task.type.js';

/** Longest minutes text. */
export const MAX_MINUTES_LENGTH = 60_000;

/** One item of `setAgenda`. */
@InputType()
export class AgendaItemInput {
  @Field()
  @Name({ max: MAX_TITLE_LENGTH })
  title!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  presenterOrganizationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  presenterPersonId?: string | null;

  @Field(() => Int, { description: '1 to 600.' })
  durationMinutes!: number;

  @Field(() => ID, { nullable: true, description: 'A program the item reports on (visible to the viewer).' })
  @IsOptional()
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A task the item reports on (visible to the viewer).' })
  @IsOptional()
  taskId?: string | null;
}

/** Input of `setAgenda`. */
@InputType()
export class SetAgendaInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => [AgendaItemInput], { description: 'The whole agenda, in order: replaces the previous one.' })
  @ArrayMaxSize(100)
  items!: AgendaItemInput[];
}

/** Input of `startMeeting`. */
@InputType()
export class MeetingIdInput {
  @Field(() => ID)
  meetingId!: string;
}

/** Input of `closeMeeting`. */
@InputType()
export class CloseMeetingInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Dialogues and citizen receptions: citizens who took part.',
  })
  @IsOptional()
  citizenCount?: number | null;
}

/** Input of `recordMinutes`. */
@InputType()
export class RecordMinutesInput {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  @Text({ max: MAX_MINUTES_LENGTH, required: true })
  text!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Approve them (final: no change after). Default false.',
  })
  @IsOptional()
  approve?: boolean | null;
}

/** Result of `recordMinutes`. */
@ObjectType()
export class RecordMinutesPayload {
  @Field(() => MeetingMinutesType)
  minutes!: MeetingMinutesType;
}

/** Input of `addConclusion`. */
@InputType()
export class AddConclusionInput {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  @Text({ max: MAX_TEXT, required: true })
  text!: string;
}

/** Result of `addConclusion`. */
@ObjectType()
export class ConclusionPayload {
  @Field(() => MeetingConclusionType)
  conclusion!: MeetingConclusionType;
}

/** Input of `turnConclusionIntoTask` (the task as `createTask` takes it). */
@InputType()
export class TurnConclusionIntoTaskInput {
  @Field(() => ID)
  conclusionId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Default: the conclusion text (its first 500 characters).',
  })
  @Name({ max: MAX_TASK_TITLE_LENGTH })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_TEXT })
  description?: string | null;

  @Field(() => TaskPriority, { nullable: true, description: 'Default NORMAL.' })
  @IsOptional()
  priority?: TaskPriority | null;

  @Field(() => LocalDate, { description: 'Deadline.' })
  dueOn!: string;

  @Field(() => TaskAssignmentInput, {
    description: 'The one lead organization (chủ trì); needs COORDINATOR on it.',
  })
  lead!: TaskAssignmentInput;

  @Field(() => [TaskAssignmentInput], {
    nullable: true,
    description: 'Coordinating organizations (phối hợp).',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_INVITEES)
  coordinating?: TaskAssignmentInput[] | null;
}

/** Result of `turnConclusionIntoTask`. */
@ObjectType()
export class TurnConclusionIntoTaskPayload {
  @Field(() => MeetingConclusionType)
  conclusion!: MeetingConclusionType;

  @Field(() => TaskType)
  task!: TaskType;
}
