import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../core/read/rows.js';
import { loader, type Context, loadNow } from '../../core/context.js';
import { loaded } from '../../core/loaders.js';
import { optionalGlobalId } from '../../core/ids.js';
import { readNode, registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { listKey, pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { Rule, SignedInQuery } from '../../core/rules.js';
import { AdministrativeArea } from './area.entity.js';
import { AreaFilter, CreateAreaInput, CreateAreaPayload } from './area.inputs.js';
import { areaAncestorIdsById, areaById, childrenByArea } from './area.loaders.js';
import { areaListQuery } from './area.repository.js';
import { AreaConnection, AreaType } from './area.type.js';
import { createArea } from './commands/create-area.js';

registerNodeType('AdministrativeArea', (ctx, id) => loader(ctx, areaById).load(id));

@Resolver(() => AreaType)
export class AreaResolver {
  @SignedInQuery(() => AreaConnection, { description: 'Administrative areas, by name.' })
  async areas(
    @Args() page: PageArgs,
    @Arg('filter', () => AreaFilter, { nullable: true }) filter: AreaFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const query = areaListQuery({
      ...filter,
      parentId: optionalGlobalId(filter?.parentId, 'AdministrativeArea', 'parentId'),
    });
    return readPlainPage(ctx.em, AdministrativeArea, query, pageRequest(page, info));
  }

  @SignedInQuery(() => AreaType)
  async area(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'AdministrativeArea', id, (c, dbId) => loader(c, areaById).load(dbId));
  }

  @Authorized(Rule.SYSTEM_ADMIN)
  @Mutation(() => CreateAreaPayload)
  async createArea(@Arg('input') input: CreateAreaInput, @Ctx() ctx: Context) {
    return { area: await createArea(ctx, input) };
  }

  @FieldResolver(() => AreaType, { nullable: true, description: 'Null for the central level.' })
  parent(@Root() area: Plain<AdministrativeArea>, @Ctx() ctx: Context) {
    return area.parent ? loader(ctx, areaById).load(area.parent.id) : null;
  }

  @FieldResolver(() => [AreaType], { description: 'From the parent up to the root.' })
  async ancestors(@Root() area: Plain<AdministrativeArea>, @Ctx() ctx: Context) {
    const ids = await loader(ctx, areaAncestorIdsById).load(area.id);
    return loaded(await loader(ctx, areaById).loadMany(ids));
  }

  @FieldResolver(() => AreaConnection)
  children(
    @Root() area: Plain<AdministrativeArea>,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    return loadNow(ctx, childrenByArea, listKey(area.id, { page: pageRequest(page, info) }));
  }
}
