import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { type Context, loadNow } from '../../core/context.js';
import { optionalGlobalId } from '../../core/ids.js';
import { readNode, registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { type Plain } from '../../core/read/rows.js';
import { permissions } from '../../core/policy.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { assertDateOrder } from '../../core/scalars.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { answerSocialCritique } from './commands/answer-social-critique.js';
import { recordSocialCritique } from './commands/record-social-critique.js';
import { updateSocialCritique } from './commands/update-oversight-details.js';
import { UpdateSocialCritiqueInput } from './oversight-details.inputs.js';
import { SocialCritique } from './critique.entity.js';
import {
  AnswerSocialCritiqueInput,
  AnswerSocialCritiquePayload,
  RecordSocialCritiqueInput,
  RecordSocialCritiquePayload,
  SocialCritiqueFilter,
} from './oversight.inputs.js';
import { critiqueTally, readableCritique } from './oversight.loaders.js';
import { critiquePolicy, critiqueView } from './oversight.policy.js';
import { critiqueListQuery, type CritiqueListFilter } from './oversight.repository.js';
import {
  SocialCritiqueConnection,
  SocialCritiquePermissions,
  SocialCritiqueTally,
  SocialCritiqueType,
} from './oversight.type.js';

registerNodeType('SocialCritique', (ctx, id) => readableCritique(ctx, id));

/** The filter with database ids; BAD_USER_INPUT on a malformed id or a range out of order. */
function critiqueFilter(filter: SocialCritiqueFilter | null): CritiqueListFilter {
  if (filter?.heldFrom) assertDateOrder(filter.heldFrom, filter.heldTo, 'heldTo');
  return {
    ...filter,
    organizationId: optionalGlobalId(filter?.organizationId, 'Organization', 'organizationId'),
    draftingOrganizationId: optionalGlobalId(
      filter?.draftingOrganizationId,
      'Organization',
      'draftingOrganizationId',
    ),
  };
}

/** Social critiques: the list and totals (only what the viewer may read, in SQL), one critique, the use cases. */
@Resolver(() => SocialCritiqueType)
export class SocialCritiqueResolver {
  @SignedInQuery(() => SocialCritiqueConnection, {
    description:
      'Social critiques the viewer may read (by or of its organizations or those below), latest held first.',
  })
  async socialCritiques(
    @Args() page: PageArgs,
    @Arg('filter', () => SocialCritiqueFilter, { nullable: true }) filter: SocialCritiqueFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const query = critiqueListQuery(critiqueFilter(filter), await ctx.access());
    return readPlainPage(ctx.em, SocialCritique, query, pageRequest(page, info));
  }

  @SignedInQuery(() => SocialCritiqueTally, {
    description: 'Totals of the critiques socialCritiques would list.',
  })
  async socialCritiqueTally(
    @Arg('filter', () => SocialCritiqueFilter, { nullable: true }) filter: SocialCritiqueFilter | null,
    @Ctx() ctx: Context,
  ) {
    return critiqueTally(ctx.em, critiqueFilter(filter), await ctx.access());
  }

  @SignedInQuery(() => SocialCritiqueType, {
    description: 'One critique; NOT_FOUND when missing or not visible.',
  })
  async socialCritique(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'SocialCritique', id, readableCritique);
  }

  @SignedInMutation(() => RecordSocialCritiquePayload, {
    description: 'Records a social critique of a draft document.',
  })
  async recordSocialCritique(
    @Arg('input', () => RecordSocialCritiqueInput) input: RecordSocialCritiqueInput,
    @Ctx() ctx: Context,
  ) {
    return { socialCritique: await recordSocialCritique(ctx, input) };
  }

  @SignedInMutation(() => RecordSocialCritiquePayload, {
    description: 'Edits the draft title, opinions given or summary; CONFLICT when expectedVersion is stale.',
  })
  async updateSocialCritique(
    @Arg('input', () => UpdateSocialCritiqueInput) input: UpdateSocialCritiqueInput,
    @Ctx() ctx: Context,
  ) {
    return { socialCritique: await updateSocialCritique(ctx, input) };
  }

  @SignedInMutation(() => AnswerSocialCritiquePayload, {
    description:
      "The drafting body's answer: opinions taken in or not; CONFLICT when expectedVersion is stale.",
  })
  async answerSocialCritique(
    @Arg('input', () => AnswerSocialCritiqueInput) input: AnswerSocialCritiqueInput,
    @Ctx() ctx: Context,
  ) {
    return { socialCritique: await answerSocialCritique(ctx, input) };
  }

  @FieldResolver(() => OrganizationType, { description: 'The critiquing organization.' })
  organization(@Root() critique: Plain<SocialCritique>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, critique.organization.id);
  }

  @FieldResolver(() => OrganizationType, { description: 'The drafting body.' })
  draftingOrganization(@Root() critique: Plain<SocialCritique>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, critique.draftingOrganization.id);
  }

  @FieldResolver(() => SocialCritiquePermissions, { description: 'What the viewer may do on it.' })
  viewerCan(@Root() critique: Plain<SocialCritique>, @Ctx() ctx: Context) {
    return permissions(ctx, critiquePolicy, critiqueView(critique));
  }
}
