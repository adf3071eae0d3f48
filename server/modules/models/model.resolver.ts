import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { optionalGlobalId, toGlobalId } from '../../core/ids.js';
import { readNode, registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { listKey, pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { type Plain } from '../../core/read/rows.js';
import { permissions } from '../../core/policy.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { LocalDate } from '../../core/scalars.js';
import { areaById } from '../areas/area.loaders.js';
import { AreaType } from '../areas/area.type.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { addModelEvidence } from './commands/add-model-evidence.js';
import { adoptModel } from './commands/adopt-model.js';
import { commendModel } from './commands/commend-model.js';
import { recordModelStatus } from './commands/record-model-status.js';
import { registerModel } from './commands/register-model.js';
import { updateModel } from './commands/update-model.js';
import { MassMobilizationModel } from './model.entity.js';
import {
  AddModelEvidenceInput,
  AddModelEvidencePayload,
  AdoptModelInput,
  AdoptModelPayload,
  CommendModelInput,
  CommendModelPayload,
  ModelFilter,
  RecordModelStatusInput,
  RecordModelStatusPayload,
  RegisterModelInput,
  RegisterModelPayload,
  UpdateModelInput,
  UpdateModelPayload,
} from './model.inputs.js';
import {
  adoptionCountByModel,
  adoptionsByModel,
  commendationsByModel,
  evidenceByModel,
  modelAccessViewById,
  readableModel,
  statusesByModel,
} from './model.loaders.js';
import { modelPolicy } from './model.policy.js';
import { modelListQuery } from './model.repository.js';
import {
  ModelAdoptionConnection,
  ModelCommendationType,
  ModelConnection,
  ModelEvidenceType,
  ModelPermissions,
  ModelType,
  ModelYearStatusType,
} from './model.type.js';

registerNodeType('MassMobilizationModel', (ctx, id) => readableModel(ctx, id));

/** Mass-mobilization models: the list (only what the viewer may read, in SQL), one model, the use cases, its parts. */
@Resolver(() => ModelType)
export class ModelResolver {
  @SignedInQuery(() => ModelConnection, {
    description:
      'Models the viewer may read (owned or adopted by its organizations or those below them), by name.',
  })
  async models(
    @Args() page: PageArgs,
    @Arg('filter', () => ModelFilter, { nullable: true }) filter: ModelFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    if (filter?.registeredFrom && filter.registeredTo && filter.registeredTo < filter.registeredFrom) {
      throw badInput('registeredTo', 'registeredTo must not be before registeredFrom');
    }
    const query = modelListQuery(
      {
        ...filter,
        ownerOrganizationId: optionalGlobalId(
          filter?.ownerOrganizationId,
          'Organization',
          'ownerOrganizationId',
        ),
        areaId: optionalGlobalId(filter?.areaId, 'AdministrativeArea', 'areaId'),
      },
      await ctx.access(),
    );
    return readPlainPage(ctx.em, MassMobilizationModel, query, pageRequest(page, info));
  }

  @SignedInQuery(() => ModelType, {
    description: 'One model; NOT_FOUND when missing or not visible to the viewer.',
  })
  async model(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'MassMobilizationModel', id, readableModel);
  }

  @SignedInMutation(() => RegisterModelPayload, {
    description: 'Registers a model of an organization where the viewer is COORDINATOR; NEW in its year.',
  })
  async registerModel(
    @Arg('input', () => RegisterModelInput) input: RegisterModelInput,
    @Ctx() ctx: Context,
  ) {
    return { model: await registerModel(ctx, input) };
  }

  @SignedInMutation(() => UpdateModelPayload, {
    description: "Edits a model's name, field or description; CONFLICT when expectedVersion is stale.",
  })
  async updateModel(@Arg('input', () => UpdateModelInput) input: UpdateModelInput, @Ctx() ctx: Context) {
    return { model: await updateModel(ctx, input) };
  }

  @SignedInMutation(() => RecordModelStatusPayload, {
    description: "Records a model's status for a year; CONFLICT when expectedVersion is stale.",
  })
  recordModelStatus(
    @Arg('input', () => RecordModelStatusInput) input: RecordModelStatusInput,
    @Ctx() ctx: Context,
  ) {
    return recordModelStatus(ctx, input);
  }

  @SignedInMutation(() => AddModelEvidencePayload, { description: 'Adds an evidence note to a model.' })
  async addModelEvidence(
    @Arg('input', () => AddModelEvidenceInput) input: AddModelEvidenceInput,
    @Ctx() ctx: Context,
  ) {
    return { evidence: await addModelEvidence(ctx, input) };
  }

  @SignedInMutation(() => CommendModelPayload, { description: 'Records a commendation of a model.' })
  async commendModel(@Arg('input', () => CommendModelInput) input: CommendModelInput, @Ctx() ctx: Context) {
    return { commendation: await commendModel(ctx, input) };
  }

  @SignedInMutation(() => AdoptModelPayload, {
    description: 'Records that an organization adopted a model, since a date.',
  })
  adoptModel(@Arg('input', () => AdoptModelInput) input: AdoptModelInput, @Ctx() ctx: Context) {
    return adoptModel(ctx, input);
  }

  @FieldResolver(() => OrganizationType, { description: 'The organization that registered it.' })
  owner(@Root() model: Plain<MassMobilizationModel>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, model.owner.id);
  }

  @FieldResolver(() => AreaType)
  area(@Root() model: Plain<MassMobilizationModel>, @Ctx() ctx: Context) {
    return loadNow(ctx, areaById, model.area.id);
  }

  @FieldResolver(() => [ModelYearStatusType], { description: 'Its status per year, latest year first.' })
  statuses(@Root() model: Plain<MassMobilizationModel>, @Ctx() ctx: Context) {
    return loadNow(ctx, statusesByModel, model.id);
  }

  @FieldResolver(() => [ModelEvidenceType], { description: 'Evidence notes, newest first.' })
  evidence(@Root() model: Plain<MassMobilizationModel>, @Ctx() ctx: Context) {
    return loadNow(ctx, evidenceByModel, model.id);
  }

  @FieldResolver(() => [ModelCommendationType], { description: 'Commendations, newest first.' })
  commendations(@Root() model: Plain<MassMobilizationModel>, @Ctx() ctx: Context) {
    return loadNow(ctx, commendationsByModel, model.id);
  }

  @FieldResolver(() => Int, { description: 'How many organizations adopted it ("166 of 200 communes").' })
  adoptionCount(@Root() model: Plain<MassMobilizationModel>, @Ctx() ctx: Context) {
    return loadNow(ctx, adoptionCountByModel, model.id);
  }

  @FieldResolver(() => ModelAdoptionConnection, {
    description: 'The organizations that adopted it, earliest first.',
  })
  adoptions(
    @Root() model: Plain<MassMobilizationModel>,
    @Arg('adoptedBy', () => LocalDate, {
      nullable: true,
      description: 'Only those adopted on or before this date.',
    })
    adoptedBy: string | null,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const key = listKey(model.id, { adoptedBy: adoptedBy ?? null, page: pageRequest(page, info) });
    return loadNow(ctx, adoptionsByModel, key);
  }

  @FieldResolver(() => ModelPermissions, { description: 'What the viewer may do on it.' })
  async viewerCan(@Root() model: Plain<MassMobilizationModel>, @Ctx() ctx: Context) {
    const view = await loader(ctx, modelAccessViewById).load(model.id);
    if (!view) throw notFound('MassMobilizationModel', toGlobalId('MassMobilizationModel', model.id));
    return permissions(ctx, modelPolicy, view);
  }
}
