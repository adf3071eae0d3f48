import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';

import { registerNodeType, visibleNode } from '../../core/node.js';
import { todayInVietnam } from '../../core/scalars.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { ProgramParticipant } from './participant.entity.js';
import { ProgramParticipantType } from './participant.type.js';
import { isCurrentParticipation } from './program.repository.js';
import { ProgramType } from './program.type.js';
import { participantById, programById, readableProgram } from './programs.loaders.js';

registerNodeType(
  'ProgramParticipant',
  visibleNode(
    (ctx, id) => loader(ctx, participantById).load(id),
    (ctx, participant) => readableProgram(ctx, participant.program.id),
  ),
);

/** A participation's links. */
@Resolver(() => ProgramParticipantType)
export class ProgramParticipantResolver {
  @FieldResolver(() => OrganizationType)
  organization(@Root() participant: ProgramParticipant, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, participant.organization.id);
  }

  @FieldResolver(() => ProgramType, { description: 'Reached only through a program the viewer may read.' })
  program(@Root() participant: ProgramParticipant, @Ctx() ctx: Context) {
    return loadNow(ctx, programById, participant.program.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'True while it takes part: not yet left, the last day included (Vietnam time).',
  })
  isCurrent(@Root() participant: ProgramParticipant) {
    return isCurrentParticipation(participant, todayInVietnam());
  }
}
