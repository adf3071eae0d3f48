import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';

import { registerNodeType } from '../../core/node.js';
import { SignedInMutation } from '../../core/rules.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { UserType } from '../users/user.type.js';
import { GrantRoleInput, GrantRolePayload, RevokeRoleInput, RevokeRolePayload } from './access.inputs.js';
import { roleGrantById, userById } from './access.loaders.js';
import { mayReadAccessOf } from './access.policy.js';
import { RoleGrantType } from './access.type.js';
import { grantRole } from './commands/grant-role.js';
import { revokeRole } from './commands/revoke-role.js';
import type { RoleGrant } from './role-grant.entity.js';

registerNodeType('RoleGrant', async (ctx, id) => {
  const grant = await loader(ctx, roleGrantById).load(id);
  if (!grant) return null;
  const own = !!ctx.viewer?.userId && ctx.viewer.userId === grant.user.id;
  return own || mayReadAccessOf(ctx.viewer, await ctx.access(), grant.organization.id) ? grant : null;
});

/** True when the grant is in force at `at`. */
export const isActiveAt = (grant: RoleGrant, at = new Date()): boolean =>
  grant.validFrom <= at && (!grant.validTo || grant.validTo > at);

/** Role grants: `grantRole`, `revokeRole` and the grant's fields. */
@Resolver(() => RoleGrantType)
export class RoleGrantResolver {
  @SignedInMutation(() => GrantRolePayload, {
    description: 'Grants a role on an organization; needs ADMIN there, and never more than the viewer holds.',
  })
  async grantRole(@Arg('input') input: GrantRoleInput, @Ctx() ctx: Context) {
    return { grant: await grantRole(ctx, input) };
  }

  @SignedInMutation(() => RevokeRolePayload, {
    description: 'Ends a grant now (it is kept as history); needs ADMIN on its organization.',
  })
  async revokeRole(@Arg('input') input: RevokeRoleInput, @Ctx() ctx: Context) {
    return { grant: await revokeRole(ctx, input) };
  }

  @FieldResolver(() => UserType)
  user(@Root() grant: RoleGrant, @Ctx() ctx: Context) {
    return loadNow(ctx, userById, grant.user.id);
  }

  @FieldResolver(() => OrganizationType)
  organization(@Root() grant: RoleGrant, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, grant.organization.id);
  }

  @FieldResolver(() => Boolean, { description: 'In force now.' })
  isActive(@Root() grant: RoleGrant) {
    return isActiveAt(grant);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who granted it; null for system grants.' })
  grantedBy(@Root() grant: RoleGrant, @Ctx() ctx: Context) {
    return grant.grantedBy ? loader(ctx, userById).load(grant.grantedBy.id) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who revoked it, when it was revoked.' })
  revokedBy(@Root() grant: RoleGrant, @Ctx() ctx: Context) {
    return grant.revokedBy ? loader(ctx, userById).load(grant.revokedBy.id) : null;
  }
}
