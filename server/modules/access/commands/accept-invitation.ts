import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { DomainError, ErrorCode } from '../../../core/errors.js';
import { hashPassword } from '../../../core/auth/passwords.js';
import { hashSecret } from '../../../core/auth/tokens.js';
import { inTransaction } from '../../../core/transaction.js';
import { issueTokens, type Tokens } from '../../users/commands/issue-tokens.js';
import { User } from '../../users/user.entity.js';
import type { AcceptInvitationInput } from '../access.inputs.js';
import { Invitation } from '../invitation.entity.js';
import { assertPasswordPolicy } from './load.js';

const INVALID = 'invitation is invalid or expired';

/**
 * Accepts an invitation: sets the password, enables the account and signs
 * in. The token works once; an unknown, used or expired one is UNAUTHENTICATED.
 */
export async function acceptInvitation(ctx: Context, input: AcceptInvitationInput): Promise<Tokens> {
  assertPasswordPolicy(input.password, 'password');
  const passwordHash = await hashPassword(input.password);
  const tokens = await inTransaction(ctx, async (em) => {
    const invitation = await em.findOne(
      Invitation,
      { tokenHash: hashSecret(input.invitationToken) },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const now = new Date();
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now) return null;
    const user = await em.findOneOrFail(User, invitation.user.id);
    invitation.acceptedAt = now;
    user.passwordHash = passwordHash;
    user.disabled = false;
    user.lastSignInAt = now;
    return issueTokens(em, ctx.config.tokenSecret, user, null);
  });
  if (!tokens) throw new DomainError(ErrorCode.UNAUTHENTICATED, INVALID);
  return tokens;
}
