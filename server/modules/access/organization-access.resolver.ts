import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context, loadNow } from '../../core/context.js';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationType } from '../organizations/organization.type.js';
import {
  apiTokenListKey,
  apiTokensByOrganization,
  grantListKey,
  roleGrantsByOrganization,
} from './access.loaders.js';
import { mayReadAccessOf } from './access.policy.js';
import { ApiTokenType, RoleGrantType } from './access.type.js';

/**
 * Adds the access side to `Organization`. Only users with ADMIN on the
 * organization see it; everyone else (and every API token) gets an empty
 * list, not an error, so one query can list organizations with mixed rights.
 */
@Resolver(() => OrganizationType)
export class OrganizationAccessResolver {
  @FieldResolver(() => [RoleGrantType], {
    description:
      'Role grants on the organization, newest first (empty unless the viewer is ADMIN there). Default: grants not yet ended; includeEnded: all; activeOn: those in force at that instant ("who could do what on D"). inherited: also grants on the organizations above it in the current chain of command, which reach down to it.',
  })
  async roleGrants(
    @Root() organization: Organization,
    @Arg('includeEnded', () => Boolean, { nullable: true }) includeEnded: boolean | null,
    @Arg('activeOn', () => Date, { nullable: true }) activeOn: Date | null,
    @Arg('inherited', () => Boolean, { nullable: true }) inherited: boolean | null,
    @Ctx() ctx: Context,
  ) {
    if (!mayReadAccessOf(ctx.viewer, await ctx.access(), organization.id)) return [];
    const scope = activeOn
      ? ({ kind: 'activeOn', at: activeOn } as const)
      : ({ kind: includeEnded ? 'all' : 'open' } as const);
    return loadNow(ctx, roleGrantsByOrganization, grantListKey(organization.id, scope, !!inherited));
  }

  @FieldResolver(() => [ApiTokenType], {
    description: 'API tokens of the organization, newest first (empty unless the viewer is ADMIN there).',
  })
  async apiTokens(
    @Root() organization: Organization,
    @Arg('includeRevoked', () => Boolean, { nullable: true }) includeRevoked: boolean | null,
    @Ctx() ctx: Context,
  ) {
    if (!mayReadAccessOf(ctx.viewer, await ctx.access(), organization.id)) return [];
    return loadNow(ctx, apiTokensByOrganization, apiTokenListKey(organization.id, !!includeRevoked));
  }
}
