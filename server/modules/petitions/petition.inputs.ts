import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Name, Search, Text } from '../../core/text.js';
import { TaskPriority } from '../tasks/task.entity.js';
import { TaskAssignmentInput } from '../tasks/task.inputs.js';
import { TaskType } from '../tasks/task.type.js';
import { PetitionChannel, PetitionKind, PetitionStatus } from './petition.entity.js';
import { PetitionType } from './petition.type.js';

/** Longest subject. */
export const MAX_SUBJECT = 500;
/** Longest summary or outcome. */
export const MAX_TEXT = 10_000;
/** Longest reason or note. */
export const MAX_REASON = 2000;

/** The petitioner's personal data (stored apart, shown only to the handling organization). */
@InputType()
export class PetitionerInput {
  @Field({ description: 'Full name, 1 to 300 characters.' })
  @Name()
  fullName!: string;

  @Field(() => String, { nullable: true })
  @Name({ max: 500, required: false })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @Name({ max: 40, required: false })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Citizen identity number (CCCD).' })
  @Name({ max: 40, required: false })
  identityNumber?: string | null;
}

/** Input of `receivePetition`. */
@InputType()
export class ReceivePetitionInput {
  @Field(() => ID, { description: 'The receiving organization (ACTIVE); it handles the petition first.' })
  organizationId!: string;

  @Field(() => PetitionKind)
  kind!: PetitionKind;

  @Field(() => PetitionChannel)
  channel!: PetitionChannel;

  @Field(() => LocalDate, { description: 'Not after today.' })
  receivedOn!: string;

  @Field({ description: '1 to 500 characters; searchable (the petitioner never is).' })
  @Name({ max: MAX_SUBJECT })
  subject!: string;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_TEXT })
  summary?: string | null;

  @Field(() => ID, { description: 'The area it concerns.' })
  areaId!: string;

  @Field(() => Boolean, { nullable: true, description: 'When already known; classifyPetition sets it.' })
  @IsOptional()
  withinJurisdiction?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'For a denunciation: the organization it is about.' })
  @IsOptional()
  concernsOrganizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The CITIZEN_RECEPTION meeting where it was handed over (channel IN_PERSON).',
  })
  @IsOptional()
  receptionMeetingId?: string | null;

  @Field(() => PetitionerInput)
  petitioner!: PetitionerInput;
}

/** The petition and the version the client last read (optimistic locking). */
@InputType()
abstract class PetitionChangeInput {
  @Field(() => ID)
  petitionId!: string;

  @Field(() => Int, { description: 'Version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;
}

/** Input of `updatePetitionDetails` (left out or null: unchanged; a null summary clears it). */
@InputType()
export class UpdatePetitionDetailsInput extends PetitionChangeInput {
  @Field(() => String, { nullable: true, description: '1 to 500 characters; left out or null: unchanged.' })
  @Name({ max: MAX_SUBJECT, required: true })
  subject?: string | null;

  @Field(() => String, { nullable: true, description: 'Left out: unchanged; null or blank: cleared.' })
  @Text({ max: MAX_TEXT })
  summary?: string | null;
}

/** Input of `classifyPetition`. */
@InputType()
export class ClassifyPetitionInput extends PetitionChangeInput {
  @Field({ description: "Within the handling organization's jurisdiction." })
  withinJurisdiction!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'A complex case (default false).' })
  @IsOptional()
  complex?: boolean | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Day of acceptance ("thụ lý"), within jurisdiction only; default today. The time limit runs from it.',
  })
  @IsOptional()
  acceptedOn?: string | null;
}

/** Input of `startHandlingPetition` and `extendPetitionDeadline`. */
@InputType()
export class PetitionStepInput extends PetitionChangeInput {}

/** Input of `transferPetition`. */
@InputType()
export class TransferPetitionInput extends PetitionChangeInput {
  @Field(() => ID, { description: 'The organization to handle it (ACTIVE, not the current handler).' })
  toOrganizationId!: string;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_REASON })
  note?: string | null;
}

/** Input of `resolvePetition`. */
@InputType()
export class ResolvePetitionInput extends PetitionChangeInput {
  @Field({ description: 'The outcome (kết quả giải quyết), required.' })
  @Text({ max: MAX_TEXT, required: true })
  outcome!: string;

  @Field(() => LocalDate, { description: 'Not before it was received, not after today.' })
  resolvedOn!: string;
}

/** Input of `withdrawPetition` and `filePetitionNoAction`. */
@InputType()
export class ClosePetitionInput extends PetitionChangeInput {
  @Field({ description: 'Why, required.' })
  @Text({ max: MAX_REASON, required: true })
  reason!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Default today; not before it was received.' })
  @IsOptional()
  closedOn?: string | null;
}

/** Input of `createPetitionFollowUpTask`: a task (as `createTask` takes it) following the petition up. */
@InputType()
export class CreatePetitionFollowUpTaskInput {
  @Field(() => ID)
  petitionId!: string;

  @Field({ description: '1 to 500 characters.' })
  @Name({ max: 500 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_TEXT })
  description?: string | null;

  @Field(() => TaskPriority, { nullable: true })
  @IsOptional()
  priority?: TaskPriority | null;

  @Field(() => LocalDate)
  dueOn!: string;

  @Field(() => TaskAssignmentInput, { description: 'The lead agency (chủ trì).' })
  lead!: TaskAssignmentInput;

  @Field(() => [TaskAssignmentInput], { nullable: true })
  @IsOptional()
  coordinating?: TaskAssignmentInput[] | null;
}

/** Filter of `Organization.petitions`. */
@InputType()
export class PetitionFilter {
  @Field(() => [PetitionKind], { nullable: true })
  @IsOptional()
  kind?: PetitionKind[] | null;

  @Field(() => [PetitionStatus], { nullable: true })
  @IsOptional()
  status?: PetitionStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open past the time limit; false: the others.' })
  @IsOptional()
  overdue?: boolean | null;

  @Field(() => LocalDate, { nullable: true, description: 'Received on or after.' })
  @IsOptional()
  receivedFrom?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Received on or before.' })
  @IsOptional()
  receivedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches the subject, ignoring case and diacritics.' })
  @Search()
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Leave repeats ("đơn trùng") out, so each matter counts once.',
  })
  @IsOptional()
  excludeRepeats?: boolean | null;
}

/** Result of the petition mutations. */
@ObjectType()
export class PetitionPayload {
  @Field(() => PetitionType)
  petition!: PetitionType;
}

/** Result of `createPetitionFollowUpTask`. */
@ObjectType()
export class PetitionFollowUpTaskPayload {
  @Field(() => PetitionType)
  petition!: PetitionType;

  @Field(() => TaskType)
  task!: TaskType;
}
