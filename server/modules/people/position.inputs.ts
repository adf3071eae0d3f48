import { IsOptional } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Name } from '../../core/text.js';
import { PositionType } from './position.type.js';

/** Input of `appointPosition`. */
@InputType()
export class AppointPositionInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { description: 'An ACTIVE organization.' })
  organizationId!: string;

  @Field({ description: 'Bí thư, Trưởng ban, Chủ tịch, Ủy viên…; 1 to 300 characters.' })
  @Name()
  title!: string;

  @Field(() => Boolean, { nullable: true, description: 'Người đứng đầu; default false.' })
  @IsOptional()
  isHead?: boolean | null;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the term, when already known.' })
  @IsOptional()
  endsOn?: string | null;
}

/** Result of `appointPosition`. */
@ObjectType()
export class AppointPositionPayload {
  @Field(() => PositionType)
  position!: PositionType;
}

/** Input of `endPosition`. */
@InputType()
export class EndPositionInput {
  @Field(() => ID)
  positionId!: string;

  @Field(() => LocalDate, { description: 'Last day of the term; not before its start.' })
  endsOn!: string;
}

/** Result of `endPosition`. */
@ObjectType()
export class EndPositionPayload {
  @Field(() => PositionType)
  position!: PositionType;
}
