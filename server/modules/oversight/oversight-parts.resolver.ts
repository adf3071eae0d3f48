import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context } from '../../core/context.js';

import { allows } from '../../core/policy.js';
import type { Plain } from '../../core/read/rows.js';
import { OrganizationPermissions } from '../organizations/organization-permissions.resolver.js';
import { TaskType } from '../tasks/task.type.js';
import { loadVisibleTask } from '../tasks/task.visibility.js';
import { readableSupervision } from './oversight.loaders.js';
import { oversightOrganizationPolicy } from './oversight.policy.js';
import { SupervisionRecommendationType, SupervisionType } from './oversight.type.js';
import type { SupervisionRecommendation } from './supervision.entity.js';

/** A recommendation's id, supervision and task. */
@Resolver(() => SupervisionRecommendationType)
export class SupervisionRecommendationResolver {
  @FieldResolver(() => SupervisionType)
  supervision(@Root() recommendation: Plain<SupervisionRecommendation>, @Ctx() ctx: Context) {
    return readableSupervision(ctx, recommendation.supervision.id);
  }

  @FieldResolver(() => TaskType, {
    nullable: true,
    description: 'The task it became; null when none or not visible.',
  })
  task(@Root() recommendation: Plain<SupervisionRecommendation>, @Ctx() ctx: Context) {
    return recommendation.task ? loadVisibleTask(ctx, recommendation.task.id) : null;
  }
}

/** `Organization.viewerCan { recordSocialCritique recordSupervision }`, from the oversight rules on the organization. */
@Resolver(() => OrganizationPermissions)
export class OrganizationOversightPermissionsResolver {
  @FieldResolver(() => Boolean, { description: 'recordSocialCritique by this organization' })
  recordSocialCritique(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, oversightOrganizationPolicy, 'recordSocialCritique', { id: can.organizationId });
  }

  @FieldResolver(() => Boolean, { description: 'recordSupervision by this organization' })
  recordSupervision(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, oversightOrganizationPolicy, 'recordSupervision', { id: can.organizationId });
  }
}
