import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { LocalDate } from '../../core/scalars.js';

/**
 * A post a person holds in an organization for a term (kiêm nhiệm: several
 * at once). Root values are `Position` entities; `person`, `organization`,
 * `continues` and `isCurrent` come from `PositionResolver`.
 */
@ObjectType('Position', { implements: Node })
export class PositionType extends Node {
  @Field({ description: 'Bí thư, Trưởng ban, Chủ tịch, Ủy viên… (NFC).' })
  title!: string;

  @Field({ description: 'Người đứng đầu: the head of the organization, personally responsible.' })
  isHead!: boolean;

  @Field(() => LocalDate, { description: 'First day of the term.' })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the term; null while it runs.' })
  endsOn!: string | null;
}
