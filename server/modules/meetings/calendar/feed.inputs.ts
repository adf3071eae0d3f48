import { IsOptional } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Name } from '../../../core/text.js';
import { CalendarFeedType } from './feed.type.js';

/** Input of `createCalendarFeed`. */
@InputType({ description: 'Exactly one of organizationId and personId.' })
export class CreateCalendarFeedInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Meetings the organization hosts or is invited to (VIEWER on it).',
  })
  @IsOptional()
  organizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Meetings the person chairs or is invited to: the viewer's own person only.",
  })
  @IsOptional()
  personId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Name({ max: 200, required: false })
  name?: string | null;
}

/** Result of `createCalendarFeed`. */
@ObjectType()
export class CreateCalendarFeedPayload {
  @Field(() => CalendarFeedType)
  feed!: CalendarFeedType;

  @Field({ description: 'Path of the feed (`/calendar/<token>.ics`) on this server; shown once.' })
  url!: string;

  @Field({ description: 'The secret token; shown once, stored hashed.' })
  token!: string;
}

/** Input of `revokeCalendarFeed`. */
@InputType()
export class RevokeCalendarFeedInput {
  @Field(() => ID)
  feedId!: string;
}

/** Result of `revokeCalendarFeed`. */
@ObjectType()
export class RevokeCalendarFeedPayload {
  @Field(() => CalendarFeedType)
  feed!: CalendarFeedType;
}
