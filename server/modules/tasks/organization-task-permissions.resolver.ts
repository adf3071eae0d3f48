import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { allows } from '../../core/policy.js';
import { OrganizationPermissions } from '../organizations/organization-permissions.resolver.js';
import { taskCreationPolicy } from './task.policy.js';

/** `Organization.viewerCan.createTask`, from the tasks module's creation rule. */
@Resolver(() => OrganizationPermissions)
export class OrganizationTaskPermissionsResolver {
  @FieldResolver(() => Boolean, { description: 'createTask with this organization as the lead' })
  createTask(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, taskCreationPolicy, 'createTask', { leadId: can.organizationId, program: null });
  }
}
