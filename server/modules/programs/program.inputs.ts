import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type EnumMember, stringEnum } from '../../core/enums.js';
import { LocalDate } from '../../core/scalars.js';
import { Name, Search, Text } from '../../core/text.js';
import { ObjectiveValueType, ProgramObjectiveType } from './objective.type.js';
import { ParticipantRole } from './participant.entity.js';
import { ProgramParticipantType } from './participant.type.js';
import { ProgramHealth } from './program-update.entity.js';
import { ProgramUpdateType } from './program-update.type.js';
import { ProgramKind, ProgramStatus } from './program.entity.js';
import { ProgramType } from './program.type.js';

/** Longest program title. */
const MAX_TITLE_LENGTH = 500;
/** Longest program description. */
const MAX_DESCRIPTION_LENGTH = 20_000;
/** Longest objective key. */
const MAX_OBJECTIVE_KEY_LENGTH = 64;

/**
 * Orders of the `programs` list.
 * - `CODE`: By code (then id): stable, the default.
 * - `UPDATED_AT`: Most recently changed first (then id).
 */
export const ProgramOrder = stringEnum('CODE', 'UPDATED_AT');
/** A member of {@link ProgramOrder}. */
export type ProgramOrder = EnumMember<typeof ProgramOrder>;
registerEnumType(ProgramOrder, { name: 'ProgramOrder' });

/** Filter of the `programs` query; every condition runs in SQL. */
@InputType()
export class ProgramFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Only programs this organization currently takes part in (not yet left).',
  })
  participantOrganizationId?: string | null;

  @Field(() => ParticipantRole, {
    nullable: true,
    description:
      'With participantOrganizationId: only where it takes part in this role. Alone: BAD_USER_INPUT.',
  })
  role?: ParticipantRole | null;

  @Field(() => [ProgramStatus], { nullable: true, description: 'Default: every status.' })
  status?: ProgramStatus[] | null;

  @Field(() => [ProgramKind], { nullable: true })
  kinds?: ProgramKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Matches code or title, ignoring case and diacritics.',
  })
  @Search()
  search?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Only ACTIVE programs whose period contains this date (an open end counts as containing it).',
  })
  activeOn?: string | null;
}

/** A participant given at creation. */
@InputType()
export class ProgramParticipantInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;
}

@InputType()
export class CreateProgramInput {
  @Field(() => ProgramKind)
  kind!: ProgramKind;

  @Field({ description: 'Unique code, at most 64 characters (e.g. `12-ĐA/TU`, `CTPH-2024-01`).' })
  @Name({ max: 64 })
  code!: string;

  @Field({ description: 'At most 500 characters.' })
  @Name({ max: MAX_TITLE_LENGTH })
  title!: string;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_DESCRIPTION_LENGTH })
  description?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Must not be before startsOn.' })
  endsOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The program it implements (must be visible to the viewer).',
  })
  parentId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Legal basis documents.' })
  legalBasisIds?: string[] | null;

  @Field(() => ID, { description: 'The organization creating it; the viewer needs COORDINATOR there.' })
  ownerOrganizationId!: string;

  @Field(() => [ProgramParticipantInput], {
    nullable: true,
    description:
      'Participants from the start (active organizations, each once). When none is LEAD and the owner is not listed, the owner joins as LEAD.',
  })
  participants?: ProgramParticipantInput[] | null;
}

@ObjectType()
export class CreateProgramPayload {
  @Field(() => ProgramType)
  program!: ProgramType;
}

@InputType({ description: 'Omitted fields stay as they are; null clears description, startsOn, endsOn.' })
export class UpdateProgramDetailsInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @Name({ max: MAX_TITLE_LENGTH })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @Text({ max: MAX_DESCRIPTION_LENGTH })
  description?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  endsOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the legal basis (an empty list clears it).' })
  legalBasisIds?: string[] | null;
}

@ObjectType()
export class UpdateProgramDetailsPayload {
  @Field(() => ProgramType)
  program!: ProgramType;
}

@InputType()
export class AddProgramParticipantInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => ID, { description: 'An active organization not currently taking part.' })
  organizationId!: string;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  @Field(() => LocalDate, { nullable: true, description: 'Default today (Vietnam).' })
  joinedOn?: string | null;
}

@ObjectType()
export class AddProgramParticipantPayload {
  @Field(() => ProgramParticipantType)
  participant!: ProgramParticipantType;

  @Field(() => ProgramType)
  program!: ProgramType;
}

@InputType()
export class RemoveProgramParticipantInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of the participation; default today (Vietnam).',
  })
  leftOn?: string | null;
}

@ObjectType()
export class RemoveProgramParticipantPayload {
  @Field(() => ProgramParticipantType, { description: 'The ended participation (kept as history).' })
  participant!: ProgramParticipantType;

  @Field(() => ProgramType)
  program!: ProgramType;
}

@InputType()
export class ChangeProgramStatusInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => ProgramStatus)
  status!: ProgramStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why; required for SUSPENDED and CANCELLED (at most 2,000 characters).',
  })
  @Text({ max: 2000 })
  reason?: string | null;
}

@ObjectType()
export class ChangeProgramStatusPayload {
  @Field(() => ProgramType)
  program!: ProgramType;
}

@InputType()
export class SetProgramObjectiveInput {
  @Field(() => ID)
  programId!: string;

  @Field({
    description: 'Stable key within the program (at most 64 characters); an existing key is updated.',
  })
  @Name({ max: MAX_OBJECTIVE_KEY_LENGTH })
  key!: string;

  @Field({ description: 'At most 500 characters.' })
  @Name({ max: 500 })
  title!: string;

  @Field({ description: 'Unit of measure, at most 100 characters.' })
  @Name({ max: 100 })
  unit!: string;

  @Field(() => Float, { description: 'Greater than 0.' })
  target!: number;

  @Field(() => LocalDate, { nullable: true, description: 'Not before the program starts.' })
  targetDate?: string | null;
}

@ObjectType()
export class SetProgramObjectivePayload {
  @Field(() => ProgramObjectiveType)
  objective!: ProgramObjectiveType;

  @Field(() => ProgramType)
  program!: ProgramType;
}

@InputType()
export class RecordObjectiveValueInput {
  @Field(() => ID)
  programId!: string;

  @Field()
  @Name({ max: MAX_OBJECTIVE_KEY_LENGTH })
  objectiveKey!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Default today (Vietnam); not in the future, not before the program starts.',
  })
  recordedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 1,000 characters.' })
  @Name({ max: 1000, required: false })
  note?: string | null;
}

@ObjectType()
export class RecordObjectiveValuePayload {
  @Field(() => ObjectiveValueType)
  value!: ObjectiveValueType;

  @Field(() => ProgramObjectiveType)
  objective!: ProgramObjectiveType;
}

@InputType()
export class PostProgramUpdateInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => ProgramHealth)
  health!: ProgramHealth;

  @Field({ description: 'At most 10,000 characters.' })
  @Text({ max: 10_000, required: true })
  body!: string;

  @Field(() => ID, {
    description:
      'On whose behalf: a leading organization of the program (owner, LEAD, CO_LEAD) where the viewer holds COORDINATOR.',
  })
  organizationId!: string;
}

@ObjectType()
export class PostProgramUpdatePayload {
  @Field(() => ProgramUpdateType)
  update!: ProgramUpdateType;

  @Field(() => ProgramType)
  program!: ProgramType;
}
