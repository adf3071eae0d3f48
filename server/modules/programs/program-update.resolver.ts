import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';

import { registerNodeType, visibleNode } from '../../core/node.js';
import { userById } from '../access/access.loaders.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { personById } from '../people/people.loaders.js';
import { PersonType } from '../people/person.type.js';
import type { ProgramUpdate } from './program-update.entity.js';
import { ProgramUpdateType } from './program-update.type.js';
import { ProgramType } from './program.type.js';
import { programById, programUpdateById, readableProgram } from './programs.loaders.js';

registerNodeType(
  'ProgramUpdate',
  visibleNode(
    (ctx, id) => loader(ctx, programUpdateById).load(id),
    (ctx, update) => readableProgram(ctx, update.program.id),
  ),
);

/** A status update's links. */
@Resolver(() => ProgramUpdateType)
export class ProgramUpdateResolver {
  @FieldResolver(() => OrganizationType, { description: 'On whose behalf it was posted.' })
  organization(@Root() update: ProgramUpdate, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, update.organization.id);
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description: "Who wrote it (the user's person); null when posted through an API token.",
  })
  async author(@Root() update: ProgramUpdate, @Ctx() ctx: Context) {
    if (!update.author) return null;
    const user = await loader(ctx, userById).load(update.author.id);
    return user ? loader(ctx, personById).load(user.person.id) : null;
  }

  @FieldResolver(() => ProgramType, { description: 'Reached only through a program the viewer may read.' })
  program(@Root() update: ProgramUpdate, @Ctx() ctx: Context) {
    return loadNow(ctx, programById, update.program.id);
  }
}
