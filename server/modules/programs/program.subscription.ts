import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { Role } from '../../core/access.js';
import type { Context } from '../../core/context.js';
import { toGlobalId } from '../../core/ids.js';
import { fetchNode, idArg, liveEvents } from '../../core/live.js';
import { Rule } from '../../core/rules.js';
import type { ProgramChanged } from './program.events.js';
import { ProgramType } from './program.type.js';

/** A live change of a program. Root values are PROGRAM_CHANGED payloads. */
@ObjectType('ProgramEvent')
export class ProgramEventType {
  @Field()
  change!: string;

  @Field(() => ID)
  programId!: string;

  @Field(() => ProgramType, { nullable: true })
  program!: unknown;
}

/** Global ids and records of program events, resolved only when selected. */
@Resolver(() => ProgramEventType)
export class ProgramEventResolver {
  @FieldResolver(() => ID)
  programId(@Root() event: ProgramChanged) {
    return toGlobalId('CoordinationProgram', event.programId);
  }

  @FieldResolver(() => ProgramType, { nullable: true })
  program(@Root() event: ProgramChanged, @Ctx() ctx: Context) {
    return fetchNode(ctx, 'CoordinationProgram', event.programId);
  }
}

/** Live changes of one program. */
@Resolver()
export class ProgramSubscriptionResolver {
  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => ProgramEventType, {
    // programPolicy.read: a role reaching the owner or a participant, past or present.
    subscribe: liveEvents(
      'PROGRAM_CHANGED',
      (payload, args, access) =>
        idArg(args, 'programId', 'CoordinationProgram') === payload.programId &&
        access.hasAny(Role.VIEWER, payload.organizationIds),
    ),
    description: 'Changes of one program the viewer may read.',
  })
  programUpdated(@Root() payload: ProgramChanged, @Arg('programId', () => ID) _programId: string) {
    return payload;
  }
}
