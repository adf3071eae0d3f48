import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { DomainError, ErrorCode } from '../../../core/errors.js';
import { hashSecret } from '../../../core/auth/tokens.js';
import { inTransaction } from '../../../core/transaction.js';
import { RefreshToken } from '../session.entity.js';
import { User } from '../user.entity.js';
import { issueTokens, type Tokens } from './issue-tokens.js';
import { revokeSession } from './sign-out.js';

const INVALID = 'refresh token is invalid or expired';

/**
 * Rotates a refresh token: the presented one is spent and a new pair issued
 * in the same session. A spent token presented again means it leaked: the
 * whole session is revoked.
 */
export async function refreshTokens(ctx: Context, refreshToken: string): Promise<Tokens> {
  const outcome = await inTransaction(ctx, async (em) => {
    const row = await em.findOne(
      RefreshToken,
      { tokenHash: hashSecret(refreshToken) },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!row || row.revokedAt || row.expiresAt < new Date()) return null;
    if (row.usedAt) {
      await revokeSession(em, row.sessionId);
      return null;
    }
    const user = await em.findOneOrFail(User, row.user.id);
    if (user.disabled) return null;
    row.usedAt = new Date();
    return issueTokens(em, ctx.config.tokenSecret, user, row.sessionId);
  });
  if (!outcome) throw new DomainError(ErrorCode.UNAUTHENTICATED, INVALID);
  return outcome;
}
