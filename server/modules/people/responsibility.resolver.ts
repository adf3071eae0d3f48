import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../core/read/rows.js';
import { loader, type Context, loadNow } from '../../core/context.js';

import { registerNodeType } from '../../core/node.js';
import { SignedInMutation } from '../../core/rules.js';
import { todayInVietnam } from '../../core/scalars.js';
import { areaById } from '../areas/area.loaders.js';
import { AreaType } from '../areas/area.type.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { assignResponsibility } from './commands/assign-responsibility.js';
import { endResponsibility } from './commands/end-responsibility.js';
import { personById, responsibilityById } from './people.loaders.js';
import { PersonType } from './person.type.js';
import { Responsibility } from './responsibility.entity.js';
import {
  AssignResponsibilityInput,
  AssignResponsibilityPayload,
  EndResponsibilityInput,
  EndResponsibilityPayload,
} from './responsibility.inputs.js';
import { ResponsibilityType } from './responsibility.type.js';
import { isRunningOn } from './term.js';

registerNodeType('Responsibility', (ctx, id) => loader(ctx, responsibilityById).load(id));

/** Responsibilities ("phân công phụ trách"): assigning and ending them, and their links. */
@Resolver(() => ResponsibilityType)
export class ResponsibilityResolver {
  @SignedInMutation(() => AssignResponsibilityPayload, {
    description: 'Puts a person in charge of a field of work for an organization or an area.',
  })
  async assignResponsibility(
    @Arg('input', () => AssignResponsibilityInput) input: AssignResponsibilityInput,
    @Ctx() ctx: Context,
  ) {
    return { responsibility: await assignResponsibility(ctx, input) };
  }

  @SignedInMutation(() => EndResponsibilityPayload, {
    description: "Ends a responsibility's term; CONFLICT when it is already over.",
  })
  async endResponsibility(
    @Arg('input', () => EndResponsibilityInput) input: EndResponsibilityInput,
    @Ctx() ctx: Context,
  ) {
    return { responsibility: await endResponsibility(ctx, input) };
  }

  @FieldResolver(() => PersonType)
  person(@Root() responsibility: Plain<Responsibility>, @Ctx() ctx: Context) {
    return loadNow(ctx, personById, responsibility.person.id);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: 'Set when assigned for an organization.',
  })
  organization(@Root() responsibility: Plain<Responsibility>, @Ctx() ctx: Context) {
    return responsibility.organization
      ? loader(ctx, organizationById).load(responsibility.organization.id)
      : null;
  }

  @FieldResolver(() => AreaType, { nullable: true, description: 'Set when assigned for an area.' })
  area(@Root() responsibility: Plain<Responsibility>, @Ctx() ctx: Context) {
    return responsibility.area ? loader(ctx, areaById).load(responsibility.area.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the term runs today (Vietnam time).' })
  isCurrent(@Root() responsibility: Plain<Responsibility>) {
    return isRunningOn(responsibility, todayInVietnam());
  }
}
