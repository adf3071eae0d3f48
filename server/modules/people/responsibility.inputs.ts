import { IsOptional } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { WorkField } from './responsibility.entity.js';
import { Name } from '../../core/text.js';
import { ResponsibilityType } from './responsibility.type.js';

/** Input of `assignResponsibility`. Exactly one of `organizationId` and `areaId`. */
@InputType()
export class AssignResponsibilityInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => WorkField)
  field!: WorkField;

  @Field(() => ID, { nullable: true, description: 'The organization the person is in charge for.' })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The area the person is in charge of.' })
  @IsOptional()
  areaId?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text detail, up to 1000 characters.' })
  @IsOptional()
  @Name({ max: 1000, required: false })
  note?: string | null;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  endsOn?: string | null;
}

/** Result of `assignResponsibility`. */
@ObjectType()
export class AssignResponsibilityPayload {
  @Field(() => ResponsibilityType)
  responsibility!: ResponsibilityType;
}

/** Input of `endResponsibility`. */
@InputType()
export class EndResponsibilityInput {
  @Field(() => ID)
  responsibilityId!: string;

  @Field(() => LocalDate, { description: 'Last day of the term; not before its start.' })
  endsOn!: string;
}

/** Result of `endResponsibility`. */
@ObjectType()
export class EndResponsibilityPayload {
  @Field(() => ResponsibilityType)
  responsibility!: ResponsibilityType;
}
