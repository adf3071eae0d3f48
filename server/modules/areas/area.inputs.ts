import { Field, ID, InputType } from 'type-graphql';
import { Name, Search } from '../../core/text.js';
import { AreaLevel } from './area.entity.js';
import { AreaType } from './area.type.js';
import { ObjectType } from 'type-graphql';

@InputType()
export class AreaFilter {
  @Field(() => ID, { nullable: true, description: 'Only the direct children of this area.' })
  parentId?: string | null;

  @Field(() => [AreaLevel], { nullable: true })
  levels?: AreaLevel[] | null;

  @Field(() => String, { nullable: true, description: 'Matches the name, ignoring case and diacritics.' })
  @Search()
  search?: string | null;
}

@InputType()
export class CreateAreaInput {
  @Field()
  @Name({ max: 32 })
  code!: string;

  @Field()
  @Name()
  name!: string;

  @Field(() => AreaLevel)
  level!: AreaLevel;

  @Field(() => ID, { nullable: true, description: 'Required for every level but CENTRAL.' })
  parentId?: string | null;
}

@ObjectType()
export class CreateAreaPayload {
  @Field(() => AreaType)
  area!: AreaType;
}
