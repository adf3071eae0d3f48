import { Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Name, Text } from '../../core/text.js';
import { MAX_TEXT } from './oversight.inputs.js';

/** Input of `updateSocialCritique`: the details to change (left out or null: unchanged; a null summary clears it). */
@InputType()
export class UpdateSocialCritiqueInput {
  @Field(() => ID)
  socialCritiqueId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: '1 to 1,000 characters; left out or null: unchanged.' })
  @Name({ max: 1000, required: true })
  draftTitle?: string | null;

  @Field(() => Int, { nullable: true, description: 'Opinions given, 0 to 100,000.' })
  @Min(0)
  @Max(100_000)
  opinionsCount?: number | null;

  @Field(() => String, { nullable: true, description: 'Left out: unchanged; null or blank: cleared.' })
  @Text({ max: MAX_TEXT })
  summary?: string | null;
}

/** Input of `updateSupervision`: the details to change (left out or null: unchanged). */
@InputType()
export class UpdateSupervisionInput {
  @Field(() => ID)
  supervisionId!: string;

  @Field(() => Int, { description: 'The version last read; a stale one gets CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: '1 to 500 characters; left out or null: unchanged.' })
  @Name({ max: 500, required: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Left out or null: unchanged.' })
  @Text({ max: MAX_TEXT, required: true })
  findings?: string | null;
}
