import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { readAs } from '../../core/read/rows.js';
import { LocalDate } from '../../core/scalars.js';
import { ObjectiveValue, ProgramObjective } from './objective.entity.js';

/** A value of an objective recorded on a date ("166 on 2022-12-31"). Root values are `ObjectiveValue` entities. */
@ObjectType('ObjectiveValue')
export class ObjectiveValueType {
  @Field(() => Float)
  value!: number;

  @Field(() => LocalDate)
  recordedOn!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

/**
 * A measurable objective of a program ("communes running the
 * friendly-government model: target 200"). Root values are `ProgramObjective`
 * entities; the values come from `ProgramObjectiveResolver`.
 */
@ObjectType('ProgramObjective', { implements: Node })
export class ProgramObjectiveType extends Node {
  @Field({ description: 'Stable key within the program (what `setProgramObjective` matches on).' })
  key!: string;

  @Field()
  title!: string;

  @Field({ description: 'Unit of measure (xã, mô hình, lượt người…).' })
  unit!: string;

  @Field(() => Float)
  target!: number;

  @Field(() => LocalDate, { nullable: true, description: 'When the target should be reached.' })
  targetDate!: string | null;
}

readAs(ObjectiveValue, ObjectiveValueType, 'ObjectiveValue');
readAs(ProgramObjective, ProgramObjectiveType, 'ProgramObjective');
