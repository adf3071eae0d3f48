import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../core/read/rows.js';
import { requireUser, type Context } from '../../core/context.js';

import { Rule, SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { PersonType } from '../people/person.type.js';
import { Person } from '../people/person.entity.js';
import { AuthPayload, RefreshTokenInput, SignInInput, SignOutPayload } from './auth.inputs.js';
import { refreshTokens } from './commands/refresh-tokens.js';
import { signIn } from './commands/sign-in.js';
import { signOut } from './commands/sign-out.js';
import { User } from './user.entity.js';
import { UserType } from './user.type.js';
import { registerNodeType } from '../../core/node.js';

registerNodeType('User', async (ctx, id) =>
  ctx.viewer?.isSystemAdmin || ctx.viewer?.userId === id ? ctx.em.findOne(User, id) : null,
);

@Resolver(() => UserType)
export class AuthResolver {
  @Authorized(Rule.PUBLIC)
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password.' })
  signIn(@Arg('input') input: SignInInput, @Ctx() ctx: Context) {
    return signIn(ctx, input);
  }

  @Authorized(Rule.PUBLIC)
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for new tokens (rotation).' })
  refreshTokens(@Arg('input') input: RefreshTokenInput, @Ctx() ctx: Context) {
    return refreshTokens(ctx, input.refreshToken);
  }

  @SignedInMutation(() => SignOutPayload, {
    description: 'Ends the current session: its refresh and access tokens stop working.',
  })
  async signOut(@Ctx() ctx: Context) {
    await signOut(ctx);
    return { signedOut: true };
  }

  @SignedInQuery(() => UserType, { description: 'The signed-in user.' })
  viewer(@Ctx() ctx: Context) {
    return ctx.em.findOneOrFail(User, requireUser(ctx).userId);
  }

  @FieldResolver(() => PersonType)
  person(@Root() user: Plain<User>, @Ctx() ctx: Context) {
    return ctx.em.findOneOrFail(Person, user.person.id);
  }
}
