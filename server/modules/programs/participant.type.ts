import { readAs } from '../../core/read/rows.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { LocalDate } from '../../core/scalars.js';
import { ParticipantRole, ProgramParticipant } from './participant.entity.js';

/**
 * An organization's part in a program, dated (history is kept: leaving sets
 * `leftOn`). Root values are `ProgramParticipant` entities; `id`,
 * `organization` and `isCurrent` come from `ProgramParticipantResolver`.
 */
@ObjectType('ProgramParticipant', { implements: Node })
export class ProgramParticipantType extends Node {
  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  @Field(() => LocalDate, { description: 'First day of the participation.' })
  joinedOn!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Last day of the participation; null while it lasts.',
  })
  leftOn!: string | null;
}

readAs(ProgramParticipant, ProgramParticipantType, 'ProgramParticipant');
