import { readAs } from '../../core/read/rows.js';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { LocalDate } from '../../core/scalars.js';
import { CoordinationProgram, ProgramKind, ProgramStatus } from './program.entity.js';
import { ParticipantRole } from './participant.entity.js';
import { ProgramHealth } from './program-update.entity.js';

registerEnumType(ProgramKind, { name: 'ProgramKind' });
registerEnumType(ProgramStatus, {
  name: 'ProgramStatus',
  description: 'DRAFT → ACTIVE ⇄ SUSPENDED → COMPLETED or CANCELLED.',
});
registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  valuesConfig: { LEAD: { description: 'Chủ trì' }, PARTNER: { description: 'Phối hợp' } },
});
registerEnumType(ProgramHealth, { name: 'ProgramHealth' });

/** A coordination program. Root values are `CoordinationProgram` entities. */
@ObjectType('CoordinationProgram', { implements: Node })
export class ProgramType extends Node {
  @Field(() => ProgramKind)
  kind!: ProgramKind;

  @Field()
  code!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day of the period; null when open.' })
  startsOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the period; null when open-ended.' })
  endsOn!: string | null;

  @Field(() => ProgramStatus)
  status!: ProgramStatus;

  @Field(() => String, { nullable: true, description: 'Why it was suspended or cancelled.' })
  statusReason!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back to updates.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export const ProgramConnection = connectionType('CoordinationProgram', ProgramType);

readAs(CoordinationProgram, ProgramType, 'CoordinationProgram');
