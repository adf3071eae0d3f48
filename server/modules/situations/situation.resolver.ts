import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { loaded } from '../../core/loaders.js';
import { optionalGlobalId } from '../../core/ids.js';
import { readNode, registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { type Plain } from '../../core/read/rows.js';
import { permissions } from '../../core/policy.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { assertDateOrder } from '../../core/scalars.js';
import { areaById } from '../areas/area.loaders.js';
import { AreaType } from '../areas/area.type.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { readableProgram } from '../programs/programs.loaders.js';
import { ProgramType } from '../programs/program.type.js';
import { changeComplexSituationStatus } from './commands/change-complex-situation-status.js';
import { escalateComplexSituation } from './commands/escalate-complex-situation.js';
import { openComplexSituation } from './commands/open-complex-situation.js';
import { startResponseProgram } from './commands/start-response-program.js';
import { updateComplexSituation } from './commands/update-complex-situation.js';
import { ComplexSituation } from './situation.entity.js';
import {
  ChangeComplexSituationStatusInput,
  ComplexSituationFilter,
  ComplexSituationPayload,
  EscalateComplexSituationInput,
  UpdateComplexSituationInput,
  OpenComplexSituationInput,
  StartResponseProgramInput,
  StartResponseProgramPayload,
} from './situation.inputs.js';
import { handlerIdsBySituation, readableSituation, situationView } from './situation.loaders.js';
import { situationPolicy } from './situation.policy.js';
import { situationListQuery } from './situation.repository.js';
import {
  ComplexSituationConnection,
  ComplexSituationPermissions,
  ComplexSituationType,
} from './situation.type.js';

registerNodeType('ComplexSituation', (ctx, id) => readableSituation(ctx, id));

/** Complex situations ("điểm nóng"): the list (only what the viewer may read, in SQL), one, the use cases. */
@Resolver(() => ComplexSituationType)
export class ComplexSituationResolver {
  @SignedInQuery(() => ComplexSituationConnection, {
    description:
      'Complex situations the viewer may read (opened or handled by its organizations or those below), latest opened first.',
  })
  async complexSituations(
    @Args() page: PageArgs,
    @Arg('filter', () => ComplexSituationFilter, { nullable: true }) filter: ComplexSituationFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    if (filter?.openedFrom) assertDateOrder(filter.openedFrom, filter.openedTo, 'openedTo');
    const query = situationListQuery(
      {
        ...filter,
        organizationId: optionalGlobalId(filter?.organizationId, 'Organization', 'organizationId'),
        areaId: optionalGlobalId(filter?.areaId, 'AdministrativeArea', 'areaId'),
      },
      await ctx.access(),
    );
    return readPlainPage(ctx.em, ComplexSituation, query, pageRequest(page, info));
  }

  @SignedInQuery(() => ComplexSituationType, {
    description: 'One complex situation; NOT_FOUND when missing or not visible.',
  })
  async complexSituation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'ComplexSituation', id, readableSituation);
  }

  @SignedInMutation(() => ComplexSituationPayload, {
    description: 'Opens a complex situation (EMERGING); the handling organizations are notified.',
  })
  async openComplexSituation(
    @Arg('input', () => OpenComplexSituationInput) input: OpenComplexSituationInput,
    @Ctx() ctx: Context,
  ) {
    return { situation: await openComplexSituation(ctx, input) };
  }

  @SignedInMutation(() => ComplexSituationPayload, {
    description: 'Edits the title, category or description; CONFLICT when expectedVersion is stale.',
  })
  async updateComplexSituation(
    @Arg('input', () => UpdateComplexSituationInput) input: UpdateComplexSituationInput,
    @Ctx() ctx: Context,
  ) {
    return { situation: await updateComplexSituation(ctx, input) };
  }

  @SignedInMutation(() => ComplexSituationPayload, {
    description: 'Raises the severity (and the handling organizations); they are notified.',
  })
  async escalateComplexSituation(
    @Arg('input', () => EscalateComplexSituationInput) input: EscalateComplexSituationInput,
    @Ctx() ctx: Context,
  ) {
    return { situation: await escalateComplexSituation(ctx, input) };
  }

  @SignedInMutation(() => ComplexSituationPayload, {
    description: 'EMERGING → HANDLING → STABILIZED → RESOLVED; out of order is CONFLICT.',
  })
  async changeComplexSituationStatus(
    @Arg('input', () => ChangeComplexSituationStatusInput) input: ChangeComplexSituationStatusInput,
    @Ctx() ctx: Context,
  ) {
    return { situation: await changeComplexSituationStatus(ctx, input) };
  }

  @SignedInMutation(() => StartResponseProgramPayload, {
    description:
      'Starts a response program (RESPONSE_PLAN) from the situation in one step (createProgram in the same transaction).',
  })
  startResponseProgram(
    @Arg('input', () => StartResponseProgramInput) input: StartResponseProgramInput,
    @Ctx() ctx: Context,
  ) {
    return startResponseProgram(ctx, input);
  }

  @FieldResolver(() => OrganizationType, { description: 'The organization that opened it.' })
  organization(@Root() situation: Plain<ComplexSituation>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, situation.organization.id);
  }

  @FieldResolver(() => AreaType)
  area(@Root() situation: Plain<ComplexSituation>, @Ctx() ctx: Context) {
    return loadNow(ctx, areaById, situation.area.id);
  }

  @FieldResolver(() => [OrganizationType], {
    description: 'The organizations handling it, in the order they joined.',
  })
  async handlingOrganizations(@Root() situation: Plain<ComplexSituation>, @Ctx() ctx: Context) {
    const ids = await loader(ctx, handlerIdsBySituation).load(situation.id);
    return loaded(await loader(ctx, organizationById).loadMany(ids));
  }

  @FieldResolver(() => ProgramType, {
    nullable: true,
    description: 'The response program; null when none or not visible.',
  })
  responseProgram(@Root() situation: Plain<ComplexSituation>, @Ctx() ctx: Context) {
    return situation.responseProgram ? readableProgram(ctx, situation.responseProgram.id) : null;
  }

  @FieldResolver(() => ComplexSituationPermissions, { description: 'What the viewer may do on it.' })
  async viewerCan(@Root() situation: Plain<ComplexSituation>, @Ctx() ctx: Context) {
    return permissions(ctx, situationPolicy, await situationView(ctx, situation));
  }
}
