import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { loader, type Context } from '../../core/context.js';
import { Rule, SignedInMutation } from '../../core/rules.js';
import { AuthPayload } from '../users/auth.inputs.js';
import type { User } from '../users/user.entity.js';
import { UserType } from '../users/user.type.js';
import {
  AcceptInvitationInput,
  ChangePasswordInput,
  ChangePasswordPayload,
  InviteUserInput,
  InviteUserPayload,
} from './access.inputs.js';
import { grantListKey, roleGrantsByUser } from './access.loaders.js';
import { mayReadAccessOf } from './access.policy.js';
import { RoleGrantType } from './access.type.js';
import { acceptInvitation } from './commands/accept-invitation.js';
import { changePassword } from './commands/change-password.js';
import { inviteUser } from './commands/invite-user.js';

/** Accounts: invitations, password changes, and `User.roles`. */
@Resolver(() => UserType)
export class AccountResolver {
  @SignedInMutation(() => InviteUserPayload, {
    description:
      'Creates an account for a person with a role on an organization, disabled until the invitation is accepted. Needs ADMIN there.',
  })
  inviteUser(@Arg('input') input: InviteUserInput, @Ctx() ctx: Context) {
    return inviteUser(ctx, input);
  }

  @Authorized(Rule.PUBLIC)
  @Mutation(() => AuthPayload, {
    description: 'Accepts an invitation: sets the password, enables the account and signs in.',
  })
  acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: Context) {
    return acceptInvitation(ctx, input);
  }

  @SignedInMutation(() => ChangePasswordPayload, {
    description: "Changes the viewer's password and signs out its other sessions.",
  })
  async changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: Context) {
    await changePassword(ctx, input);
    return { changed: true };
  }

  @FieldResolver(() => [RoleGrantType], {
    description:
      "The user's role grants, newest first: all of them to the user and to system administrators, to others those on organizations where they are ADMIN. Without includeEnded, only grants not yet ended.",
  })
  async roles(
    @Root() user: User,
    @Arg('includeEnded', () => Boolean, { nullable: true }) includeEnded: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const [access, grants] = await Promise.all([
      ctx.access(),
      loader(ctx, roleGrantsByUser).load(grantListKey(user.id, { kind: includeEnded ? 'all' : 'open' })),
    ]);
    if (access.isSystemAdmin || ctx.viewer?.userId === user.id) return grants;
    return grants.filter((g) => mayReadAccessOf(ctx.viewer, access, g.organization.id));
  }
}
