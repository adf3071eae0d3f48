import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { MinutesStatus } from './record.entity.js';

registerEnumType(MinutesStatus, { name: 'MinutesStatus' });

/** An item of an agenda. Root values are `MeetingAgendaItem` entities. */
@ObjectType('MeetingAgendaItem', { implements: Node })
export class MeetingAgendaItemType extends Node {
  @Field(() => Int, { description: 'Order, from 1.' })
  position!: number;

  @Field()
  title!: string;

  @Field(() => Int)
  durationMinutes!: number;
}

/** The minutes of a meeting. Root values are `MeetingMinutes` entities. */
@ObjectType('MeetingMinutes', { implements: Node })
export class MeetingMinutesType extends Node {
  @Field()
  text!: string;

  @Field(() => MinutesStatus)
  status!: MinutesStatus;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field()
  updatedAt!: Date;
}

/** A conclusion ("kết luận") of a meeting. Root values are `MeetingConclusion` entities. */
@ObjectType('MeetingConclusion', { implements: Node })
export class MeetingConclusionType extends Node {
  @Field(() => Int, { description: 'Order, from 1.' })
  position!: number;

  @Field()
  text!: string;
}
