import { readAs } from '../../core/read/rows.js';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../core/node.js';
import { connectionType } from '../../core/pagination.js';
import { ProgramHealth, ProgramUpdate } from './program-update.entity.js';

/**
 * A status update on a program, posted on behalf of a leading organization
 * (like Linear project updates). Root values are `ProgramUpdate` entities;
 * `id`, `organization` and `author` come from `ProgramUpdateResolver`.
 */
@ObjectType('ProgramUpdate', { implements: Node })
export class ProgramUpdateType extends Node {
  @Field(() => ProgramHealth)
  health!: ProgramHealth;

  @Field({ description: 'The text of the update (NFC).' })
  body!: string;

  @Field()
  createdAt!: Date;
}

/** A page of program updates (`ProgramUpdateConnection`), newest first. */
export const ProgramUpdateConnection = connectionType('ProgramUpdate', ProgramUpdateType);

readAs(ProgramUpdate, ProgramUpdateType, 'ProgramUpdate');
