import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { listKey, pageRequest } from '../../core/read/list-loader.js';
import { optionalGlobalId } from '../../core/ids.js';
import { PageArgs } from '../../core/pagination.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { AssignmentRole } from './assignment.entity.js';
import { DEFAULT_TASK_ORDER, OrganizationTaskFilter } from './task.inputs.js';
import { statsByOrganization, tasksByOrganization, type TaskListArgs } from './task.loaders.js';
import { TaskOrder } from './task.repository.js';
import { toTaskStats } from './task-stats.js';
import { TaskConnection, TaskStats } from './task.type.js';

/**
 * Adds "what is ours to do" to `Organization`: the tasks it is assigned to now
 * and their counts per deadline bucket. Only tasks the viewer may read are
 * listed or counted, so an unrelated viewer sees none rather than an error.
 */
@Resolver(() => OrganizationType)
export class OrganizationTasksResolver {
  @FieldResolver(() => TaskConnection, {
    description:
      'Tasks the organization is assigned to now (as lead or coordinating, or in `filter.role`) that the viewer may read; by deadline unless ordered otherwise.',
  })
  tasks(
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg('filter', () => OrganizationTaskFilter, { nullable: true }) filter: OrganizationTaskFilter | null,
    @Arg('orderBy', () => TaskOrder, { nullable: true }) orderBy: TaskOrder | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const args: TaskListArgs = {
      filter: {
        status: filter?.status ?? null,
        deadlineBucket: filter?.deadlineBucket ?? null,
        dueBefore: filter?.dueBefore ?? null,
        dueAfter: filter?.dueAfter ?? null,
        programId: optionalGlobalId(filter?.programId, 'CoordinationProgram', 'programId'),
      },
      role: filter?.role ?? null,
      orderBy: orderBy ?? DEFAULT_TASK_ORDER,
      page: pageRequest(page, info),
    };
    return loadNow(ctx, tasksByOrganization, listKey(organization.id, args));
  }

  @FieldResolver(() => TaskStats, {
    description:
      'Counts per deadline bucket of the tasks it is assigned to now (in `role` when given) that the viewer may read, and the on-time completion rate.',
  })
  async taskStats(
    @Root() organization: Organization,
    @Arg('role', () => AssignmentRole, { nullable: true }) role: AssignmentRole | null,
    @Ctx() ctx: Context,
  ) {
    return toTaskStats(await loader(ctx, statsByOrganization).load(listKey(organization.id, { role })));
  }
}
