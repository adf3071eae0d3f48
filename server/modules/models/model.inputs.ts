import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Name, Search, Text } from '../../core/text.js';
import { AreaLevel } from '../areas/area.entity.js';
import { ModelField, ModelStatus } from './model.entity.js';
import {
  ModelAdoptionType,
  ModelCommendationType,
  ModelEvidenceType,
  ModelType,
  ModelYearStatusType,
} from './model.type.js';

/** Earliest year a model may be registered or have a status. */
export const FIRST_MODEL_YEAR = 1945;
/** Latest year accepted. */
export const LAST_MODEL_YEAR = 2199;

/** A year field: an integer from `FIRST_MODEL_YEAR` to `LAST_MODEL_YEAR` (BAD_USER_INPUT otherwise). */
const Year = (): PropertyDecorator => {
  const min = Min(FIRST_MODEL_YEAR);
  const max = Max(LAST_MODEL_YEAR);
  return (target, key) => {
    min(target, key);
    max(target, key);
  };
};

/** Filter of the `models` query; every condition runs in SQL. */
@InputType()
export class ModelFilter {
  @Field(() => Int, {
    nullable: true,
    description:
      'With status: the status recorded in this year. Alone: models with a status recorded in this year.',
  })
  @Year()
  year?: number | null;

  @Field(() => [ModelStatus], {
    nullable: true,
    description: 'Statuses in `year`, or the latest status when no year is given.',
  })
  status?: ModelStatus[] | null;

  @Field(() => [ModelField], { nullable: true })
  fields?: ModelField[] | null;

  @Field(() => ID, { nullable: true, description: 'Only models owned by this organization or one below it.' })
  ownerOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only models in this area or one below it.' })
  areaId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Registered in this year or later.' })
  @Year()
  registeredFrom?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Registered in this year or earlier; not before registeredFrom.',
  })
  @Year()
  registeredTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Matches the name, ignoring case and diacritics.' })
  @Search()
  search?: string | null;
}

@InputType()
export class RegisterModelInput {
  @Field(() => ID, { description: 'The organization registering it; the viewer needs COORDINATOR there.' })
  ownerOrganizationId!: string;

  @Field({ description: '1 to 500 characters.' })
  @Name({ max: 500 })
  name!: string;

  @Field(() => ID)
  areaId!: string;

  @Field(() => AreaLevel)
  level!: AreaLevel;

  @Field(() => ModelField)
  field!: ModelField;

  @Field(() => Int, { description: 'Its status that year is NEW.' })
  @Year()
  yearRegistered!: number;

  @Field(() => String, { nullable: true })
  @Text({ max: 20_000 })
  description?: string | null;
}

@ObjectType()
export class RegisterModelPayload {
  @Field(() => ModelType)
  model!: ModelType;
}

@InputType()
export class RecordModelStatusInput {
  @Field(() => ID)
  modelId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => Int, {
    description: 'Not before the year registered. A status already recorded for the year is replaced.',
  })
  @Year()
  year!: number;

  @Field(() => ModelStatus)
  status!: ModelStatus;

  @Field(() => ID, {
    nullable: true,
    description:
      'REPLICATED: the replica (another model the viewer may read). Required then, refused otherwise.',
  })
  replicaModelId?: string | null;

  @Field(() => String, { nullable: true })
  @Text({ max: 2000 })
  note?: string | null;
}

@ObjectType()
export class RecordModelStatusPayload {
  @Field(() => ModelType)
  model!: ModelType;

  @Field(() => ModelYearStatusType)
  status!: ModelYearStatusType;
}

@InputType()
export class AddModelEvidenceInput {
  @Field(() => ID)
  modelId!: string;

  @Field(() => LocalDate)
  recordedOn!: string;

  @Field({ description: '1 to 20,000 characters.' })
  @Text({ max: 20_000, required: true })
  note!: string;
}

@ObjectType()
export class AddModelEvidencePayload {
  @Field(() => ModelEvidenceType)
  evidence!: ModelEvidenceType;
}

@InputType()
export class CommendModelInput {
  @Field(() => ID)
  modelId!: string;

  @Field({ description: 'Who commended it (e.g. "Chủ tịch UBND tỉnh").' })
  @Name()
  commendedBy!: string;

  @Field(() => LocalDate, { description: 'Not before the year the model was registered.' })
  commendedOn!: string;

  @Field({ description: 'The decision number (e.g. 1234/QĐ-UBND).' })
  @Name({ max: 100 })
  decisionNumber!: string;

  @Field(() => ID, { nullable: true, description: 'The decision as a recorded legal document.' })
  decisionDocumentId?: string | null;
}

@ObjectType()
export class CommendModelPayload {
  @Field(() => ModelCommendationType)
  commendation!: ModelCommendationType;
}

@InputType()
export class AdoptModelInput {
  @Field(() => ID)
  modelId!: string;

  @Field(() => ID, { description: 'The adopting organization (a commune’s); active, once per model.' })
  organizationId!: string;

  @Field(() => LocalDate, { description: 'Since when; not before the year the model was registered.' })
  adoptedOn!: string;
}

@ObjectType()
export class AdoptModelPayload {
  @Field(() => ModelAdoptionType)
  adoption!: ModelAdoptionType;

  @Field(() => ModelType)
  model!: ModelType;
}

/** Input of `updateModel`: the details to change (left out or null: unchanged; a null description clears it). */
@InputType()
export class UpdateModelInput {
  @Field(() => ID)
  modelId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: '1 to 500 characters; left out or null: unchanged.' })
  @Name({ max: 500, required: true })
  name?: string | null;

  @Field(() => ModelField, { nullable: true })
  field?: ModelField | null;

  @Field(() => String, { nullable: true, description: 'Left out: unchanged; null or blank: cleared.' })
  @Text({ max: 20_000 })
  description?: string | null;
}

@ObjectType()
export class UpdateModelPayload {
  @Field(() => ModelType)
  model!: ModelType;
}
