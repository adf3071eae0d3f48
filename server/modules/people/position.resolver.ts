import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../core/read/rows.js';
import { loader, type Context, loadNow } from '../../core/context.js';

import { registerNodeType } from '../../core/node.js';
import { SignedInMutation } from '../../core/rules.js';
import { todayInVietnam } from '../../core/scalars.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { appointPosition } from './commands/appoint-position.js';
import { endPosition } from './commands/end-position.js';
import { personById, positionById } from './people.loaders.js';
import { PersonType } from './person.type.js';
import { Position } from './position.entity.js';
import {
  AppointPositionInput,
  AppointPositionPayload,
  EndPositionInput,
  EndPositionPayload,
} from './position.inputs.js';
import { PositionType } from './position.type.js';
import { isRunningOn } from './term.js';

registerNodeType('Position', (ctx, id) => loader(ctx, positionById).load(id));

/** Positions: appointing and ending terms, and a position's links. */
@Resolver(() => PositionType)
export class PositionResolver {
  @SignedInMutation(() => AppointPositionPayload, {
    description: 'Appoints a person to a position in an active organization.',
  })
  async appointPosition(
    @Arg('input', () => AppointPositionInput) input: AppointPositionInput,
    @Ctx() ctx: Context,
  ) {
    return { position: await appointPosition(ctx, input) };
  }

  @SignedInMutation(() => EndPositionPayload, {
    description: "Ends a position's term; CONFLICT when it is already over.",
  })
  async endPosition(@Arg('input', () => EndPositionInput) input: EndPositionInput, @Ctx() ctx: Context) {
    return { position: await endPosition(ctx, input) };
  }

  @FieldResolver(() => PersonType)
  person(@Root() position: Plain<Position>, @Ctx() ctx: Context) {
    return loadNow(ctx, personById, position.person.id);
  }

  @FieldResolver(() => OrganizationType)
  organization(@Root() position: Plain<Position>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, position.organization.id);
  }

  @FieldResolver(() => PositionType, {
    nullable: true,
    description: 'When a merger moved this position from another organization: the position it continues.',
  })
  continues(@Root() position: Plain<Position>, @Ctx() ctx: Context) {
    return position.continues ? loader(ctx, positionById).load(position.continues.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'True when the term runs today (Vietnam time).' })
  isCurrent(@Root() position: Plain<Position>) {
    return isRunningOn(position, todayInVietnam());
  }
}
