import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../../core/node.js';

/**
 * A subscribable iCalendar feed of one organization's or one person's
 * meetings. Root values are `CalendarFeed` entities; never its token.
 */
@ObjectType('CalendarFeed', { implements: Node })
export class CalendarFeedType extends Node {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}
