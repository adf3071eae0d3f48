import { loaded } from '../../core/loaders.js';
import type { Plain } from '../../core/read/rows.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { optionalGlobalId } from '../../core/ids.js';
import { readNode, registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { listKey, pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { areaById } from '../areas/area.loaders.js';
import { AreaType } from '../areas/area.type.js';
import { changeOrganizationParent } from './commands/change-organization-parent.js';
import { createOrganization } from './commands/create-organization.js';
import { dissolveOrganization } from './commands/dissolve-organization.js';
import { mergeOrganizations } from './commands/merge-organizations.js';
import { renameOrganization } from './commands/rename-organization.js';
import { Organization } from './organization.entity.js';
import {
  ChangeOrganizationParentInput,
  ChangeOrganizationParentPayload,
  CreateOrganizationInput,
  CreateOrganizationPayload,
  DissolveOrganizationInput,
  DissolveOrganizationPayload,
  MergeOrganizationsInput,
  MergeOrganizationsPayload,
  OrganizationFilter,
  RenameOrganizationInput,
  RenameOrganizationPayload,
} from './organization.inputs.js';
import {
  childrenByOrganization,
  organizationAncestorIdsById,
  organizationById,
  partnersByOrganization,
} from './organization.loaders.js';
import { organizationListQuery } from './organization.repository.js';
import { OrganizationConnection, OrganizationType } from './organization.type.js';

registerNodeType('Organization', (ctx, id) => loader(ctx, organizationById).load(id));

/** The organization directory: readable by every signed-in user. */
@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @SignedInQuery(() => OrganizationConnection, {
    description:
      'The directory, by name; with a search, every word in any order (abbreviations such as MTTQ, UBND stand for their long forms), exact and prefix matches first.',
  })
  async organizations(
    @Args() page: PageArgs,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const areaId = optionalGlobalId(filter?.areaId, 'AdministrativeArea', 'areaId');
    const query = organizationListQuery(await ctx.access(), { ...filter, areaId });
    return readPlainPage(ctx.em, Organization, query, pageRequest(page, info));
  }

  @SignedInQuery(() => OrganizationType)
  async organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'Organization', id, (c, dbId) => loader(c, organizationById).load(dbId));
  }

  @SignedInMutation(() => CreateOrganizationPayload)
  async createOrganization(@Arg('input') input: CreateOrganizationInput, @Ctx() ctx: Context) {
    return { organization: await createOrganization(ctx, input) };
  }

  @SignedInMutation(() => RenameOrganizationPayload)
  async renameOrganization(@Arg('input') input: RenameOrganizationInput, @Ctx() ctx: Context) {
    return { organization: await renameOrganization(ctx, input) };
  }

  @SignedInMutation(() => ChangeOrganizationParentPayload, {
    description: 'Moves an organization in the chain of command.',
  })
  async changeOrganizationParent(@Arg('input') input: ChangeOrganizationParentInput, @Ctx() ctx: Context) {
    return { organization: await changeOrganizationParent(ctx, input) };
  }

  @SignedInMutation(() => MergeOrganizationsPayload)
  mergeOrganizations(@Arg('input') input: MergeOrganizationsInput, @Ctx() ctx: Context) {
    return mergeOrganizations(ctx, input);
  }

  @SignedInMutation(() => DissolveOrganizationPayload)
  async dissolveOrganization(@Arg('input') input: DissolveOrganizationInput, @Ctx() ctx: Context) {
    return { organization: await dissolveOrganization(ctx, input) };
  }

  @FieldResolver(() => AreaType)
  async area(@Root() organization: Plain<Organization>, @Ctx() ctx: Context) {
    return loadNow(ctx, areaById, organization.area.id);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: 'Above it in the chain of command; null at the top.',
  })
  parent(@Root() organization: Plain<Organization>, @Ctx() ctx: Context) {
    return organization.parent ? loader(ctx, organizationById).load(organization.parent.id) : null;
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'Who took over; set when MERGED.' })
  successor(@Root() organization: Plain<Organization>, @Ctx() ctx: Context) {
    return organization.successor ? loader(ctx, organizationById).load(organization.successor.id) : null;
  }

  @FieldResolver(() => [OrganizationType], { description: 'The chain of command above it, nearest first.' })
  async ancestors(@Root() organization: Plain<Organization>, @Ctx() ctx: Context) {
    const ids = await loader(ctx, organizationAncestorIdsById).load(organization.id);
    return loaded(await loader(ctx, organizationById).loadMany(ids));
  }

  @FieldResolver(() => OrganizationConnection, { description: 'Directly below it in the chain of command.' })
  children(
    @Root() organization: Plain<Organization>,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const key = listKey(organization.id, { page: pageRequest(page, info) });
    return loadNow(ctx, childrenByOrganization, key);
  }

  @FieldResolver(() => OrganizationConnection, {
    description: 'Active organizations of other kinds in the same area: its partners in coordination.',
  })
  partners(
    @Root() organization: Plain<Organization>,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const key = listKey(organization.id, { page: pageRequest(page, info) });
    return loadNow(ctx, partnersByOrganization, key);
  }
}
