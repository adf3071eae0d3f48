import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';

import { registerNodeType, visibleNode } from '../../core/node.js';
import { SignedInMutation } from '../../core/rules.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { UserType } from '../users/user.type.js';
import {
  CreateApiTokenInput,
  CreateApiTokenPayload,
  RevokeApiTokenInput,
  RevokeApiTokenPayload,
} from './access.inputs.js';
import { apiTokenById, userById } from './access.loaders.js';
import { mayReadAccessOf } from './access.policy.js';
import { ApiTokenType } from './access.type.js';
import type { ApiToken } from './api-token.entity.js';
import { createApiToken } from './commands/create-api-token.js';
import { revokeApiToken } from './commands/revoke-api-token.js';

registerNodeType(
  'ApiToken',
  visibleNode(
    (ctx, id) => loader(ctx, apiTokenById).load(id),
    async (ctx, token) => mayReadAccessOf(ctx.viewer, await ctx.access(), token.organization.id),
  ),
);

/** API tokens: `createApiToken`, `revokeApiToken` and the token's fields (never its secret). */
@Resolver(() => ApiTokenType)
export class ApiTokenResolver {
  @SignedInMutation(() => CreateApiTokenPayload, {
    description:
      'Creates a token for an integration acting with a role on an organization; the secret is shown once.',
  })
  createApiToken(@Arg('input') input: CreateApiTokenInput, @Ctx() ctx: Context) {
    return createApiToken(ctx, input);
  }

  @SignedInMutation(() => RevokeApiTokenPayload, {
    description: 'Revokes a token; it stops working at once.',
  })
  async revokeApiToken(@Arg('input') input: RevokeApiTokenInput, @Ctx() ctx: Context) {
    return { apiToken: await revokeApiToken(ctx, input) };
  }

  @FieldResolver(() => OrganizationType)
  organization(@Root() token: ApiToken, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, token.organization.id);
  }

  @FieldResolver(() => UserType)
  createdBy(@Root() token: ApiToken, @Ctx() ctx: Context) {
    return loadNow(ctx, userById, token.createdBy.id);
  }

  @FieldResolver(() => Boolean, { description: 'Works now: neither revoked nor expired.' })
  isActive(@Root() token: ApiToken) {
    return !token.revokedAt && (!token.expiresAt || token.expiresAt > new Date());
  }
}
