import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Name, Search } from '../../core/text.js';
import { PersonType } from './person.type.js';

/** Longest search string, e-mail address or phone number as sent (before the command reads it). */
export const MAX_RAW_TEXT = 1000;

/** Filter of the `people` query. */
@InputType()
export class PeopleFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Matches the full name, ignoring case and diacritics.',
  })
  @Search()
  search?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only people who hold or held a position in this organization.',
  })
  @IsOptional()
  organizationId?: string | null;
}

/** Input of `createPerson`. */
@InputType()
export class CreatePersonInput {
  @Field({ description: 'Full name, 1 to 300 characters.' })
  @Name()
  fullName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_RAW_TEXT)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_RAW_TEXT)
  phone?: string | null;
}

/** Result of `createPerson`. */
@ObjectType()
export class CreatePersonPayload {
  @Field(() => PersonType)
  person!: PersonType;
}
