import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../core/access.js';
import { idArg, liveEventResolver, liveSubscriptionResolver } from '../../core/live.js';
import type { ProgramChanged } from './program.events.js';
import { ProgramType } from './program.type.js';

/** A live change of a program. Root values are PROGRAM_CHANGED payloads. */
@ObjectType('ProgramEvent')
export class ProgramEventType {
  @Field()
  change!: string;
}

/** `programId`, and `program` as the subscriber may see it, resolved only when selected. */
export const ProgramEventResolver = liveEventResolver<ProgramChanged>(
  () => ProgramEventType,
  [
    {
      type: 'CoordinationProgram',
      idField: 'programId',
      id: (event) => event.programId,
      record: { field: 'program', of: () => ProgramType },
    },
  ],
);

/** Live changes of one program. */
export const ProgramSubscriptionResolver = liveSubscriptionResolver(
  'PROGRAM_CHANGED',
  () => ProgramEventType,
  [
    {
      name: 'programUpdated',
      argument: 'programId',
      // programPolicy.read: a role reaching the owner or a participant, past or present.
      accepts: (payload, args, access) =>
        idArg(args, 'programId', 'CoordinationProgram') === payload.programId &&
        access.hasAny(Role.VIEWER, payload.organizationIds),
      description: 'Changes of one program the viewer may read.',
    },
  ],
);
