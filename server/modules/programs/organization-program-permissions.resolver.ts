import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { allows } from '../../core/policy.js';
import { OrganizationPermissions } from '../organizations/organization-permissions.resolver.js';
import { programOrganizationPolicy } from './program.policy.js';

/** `Organization.viewerCan.createProgram`, from the programs module's rule on the owner. */
@Resolver(() => OrganizationPermissions)
export class OrganizationProgramPermissionsResolver {
  @FieldResolver(() => Boolean, { description: 'createProgram owned by this organization' })
  createProgram(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, programOrganizationPolicy, 'createProgram', { id: can.organizationId });
  }
}
