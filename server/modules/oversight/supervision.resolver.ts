import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
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
import { personById } from '../people/people.loaders.js';
import { PersonType } from '../people/person.type.js';
import { answerSupervisionRecommendation } from './commands/answer-supervision-recommendation.js';
import { recordSupervision } from './commands/record-supervision.js';
import { updateSupervision } from './commands/update-oversight-details.js';
import { UpdateSupervisionInput } from './oversight-details.inputs.js';
import { turnRecommendationIntoTask } from './commands/turn-recommendation-into-task.js';
import {
  AnswerSupervisionRecommendationInput,
  AnswerSupervisionRecommendationPayload,
  RecordSupervisionInput,
  RecordSupervisionPayload,
  SupervisionFilter,
  TurnRecommendationIntoTaskInput,
  TurnRecommendationIntoTaskPayload,
} from './oversight.inputs.js';
import {
  readableRecommendation,
  readableSupervision,
  recommendationsBySupervision,
  supervisionTally,
} from './oversight.loaders.js';
import { supervisionPolicy, supervisionView } from './oversight.policy.js';
import { supervisionListQuery, type SupervisionListFilter } from './oversight.repository.js';
import {
  SupervisionConnection,
  SupervisionPermissions,
  SupervisionRecommendationType,
  SupervisionTally,
  SupervisionType,
} from './oversight.type.js';
import { Supervision } from './supervision.entity.js';

registerNodeType('Supervision', (ctx, id) => readableSupervision(ctx, id));
registerNodeType('SupervisionRecommendation', (ctx, id) => readableRecommendation(ctx, id));

/** The filter with database ids; BAD_USER_INPUT on a malformed id or a period out of order. */
function supervisionFilter(filter: SupervisionFilter | null): SupervisionListFilter {
  if (filter?.periodFrom) assertDateOrder(filter.periodFrom, filter.periodTo, 'periodTo');
  return {
    ...filter,
    organizationId: optionalGlobalId(filter?.organizationId, 'Organization', 'organizationId'),
    subjectOrganizationId: optionalGlobalId(
      filter?.subjectOrganizationId,
      'Organization',
      'subjectOrganizationId',
    ),
  };
}

/** Supervisions: the list and totals (only what the viewer may read, in SQL), one supervision, the use cases. */
@Resolver(() => SupervisionType)
export class SupervisionResolver {
  @SignedInQuery(() => SupervisionConnection, {
    description:
      'Supervisions the viewer may read (by or of its organizations or those below), latest concluded first.',
  })
  async supervisions(
    @Args() page: PageArgs,
    @Arg('filter', () => SupervisionFilter, { nullable: true }) filter: SupervisionFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const query = supervisionListQuery(supervisionFilter(filter), await ctx.access());
    return readPlainPage(ctx.em, Supervision, query, pageRequest(page, info));
  }

  @SignedInQuery(() => SupervisionTally, {
    description: 'Totals of the supervisions `supervisions` would list: recommendations answered / made.',
  })
  async supervisionTally(
    @Arg('filter', () => SupervisionFilter, { nullable: true }) filter: SupervisionFilter | null,
    @Ctx() ctx: Context,
  ) {
    return supervisionTally(ctx.em, supervisionFilter(filter), await ctx.access());
  }

  @SignedInQuery(() => SupervisionType, {
    description: 'One supervision; NOT_FOUND when missing or not visible.',
  })
  async supervision(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'Supervision', id, readableSupervision);
  }

  @SignedInMutation(() => RecordSupervisionPayload, {
    description: 'Records a supervision with its findings and recommendations.',
  })
  async recordSupervision(
    @Arg('input', () => RecordSupervisionInput) input: RecordSupervisionInput,
    @Ctx() ctx: Context,
  ) {
    return { supervision: await recordSupervision(ctx, input) };
  }

  @SignedInMutation(() => RecordSupervisionPayload, {
    description: 'Edits the title or findings; CONFLICT when expectedVersion is stale.',
  })
  async updateSupervision(
    @Arg('input', () => UpdateSupervisionInput) input: UpdateSupervisionInput,
    @Ctx() ctx: Context,
  ) {
    return { supervision: await updateSupervision(ctx, input) };
  }

  @SignedInMutation(() => AnswerSupervisionRecommendationPayload, {
    description: 'Records the answer to a recommendation.',
  })
  async answerSupervisionRecommendation(
    @Arg('input', () => AnswerSupervisionRecommendationInput) input: AnswerSupervisionRecommendationInput,
    @Ctx() ctx: Context,
  ) {
    return { recommendation: await answerSupervisionRecommendation(ctx, input) };
  }

  @SignedInMutation(() => TurnRecommendationIntoTaskPayload, {
    description:
      'Turns a recommendation into a task for the supervised organization (createTask in the same transaction).',
  })
  turnRecommendationIntoTask(
    @Arg('input', () => TurnRecommendationIntoTaskInput) input: TurnRecommendationIntoTaskInput,
    @Ctx() ctx: Context,
  ) {
    return turnRecommendationIntoTask(ctx, input);
  }

  @FieldResolver(() => OrganizationType, { description: 'The supervising organization.' })
  organization(@Root() supervision: Plain<Supervision>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, supervision.organization.id);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: 'ORGANIZATION: the supervised organization.',
  })
  subjectOrganization(@Root() supervision: Plain<Supervision>, @Ctx() ctx: Context) {
    return supervision.subjectOrganization
      ? loader(ctx, organizationById).load(supervision.subjectOrganization.id)
      : null;
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'PERSON: the supervised person.' })
  subjectPerson(@Root() supervision: Plain<Supervision>, @Ctx() ctx: Context) {
    return supervision.subjectPerson ? loader(ctx, personById).load(supervision.subjectPerson.id) : null;
  }

  @FieldResolver(() => [SupervisionRecommendationType], { description: 'The recommendations, in order.' })
  recommendations(@Root() supervision: Plain<Supervision>, @Ctx() ctx: Context) {
    return loadNow(ctx, recommendationsBySupervision, supervision.id);
  }

  @FieldResolver(() => Int, { description: 'Recommendations made.' })
  async recommendationCount(@Root() supervision: Plain<Supervision>, @Ctx() ctx: Context) {
    return (await loader(ctx, recommendationsBySupervision).load(supervision.id)).length;
  }

  @FieldResolver(() => Int, { description: 'Recommendations answered.' })
  async answeredCount(@Root() supervision: Plain<Supervision>, @Ctx() ctx: Context) {
    return (await loader(ctx, recommendationsBySupervision).load(supervision.id)).filter((r) => r.answeredOn)
      .length;
  }

  @FieldResolver(() => SupervisionPermissions, { description: 'What the viewer may do on it.' })
  viewerCan(@Root() supervision: Plain<Supervision>, @Ctx() ctx: Context) {
    return permissions(ctx, supervisionPolicy, supervisionView(supervision));
  }
}
