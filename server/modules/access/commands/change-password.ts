import { recordEvent } from '../../../core/domain-events.js';
import type { Context } from '../../../core/context.js';
import { requireUser } from '../../../core/context.js';
import { DomainError, ErrorCode } from '../../../core/errors.js';
import { noteChange } from '../../../core/audit.js';
import { hashPassword, verifyPassword } from '../../../core/auth/passwords.js';
import { inTransaction } from '../../../core/transaction.js';
import { RefreshToken } from '../../users/session.entity.js';
import { User } from '../../users/user.entity.js';
import type { ChangePasswordInput } from '../access.inputs.js';
import { assertPasswordPolicy } from './load.js';

/**
 * Changes the signed-in user's password. The current password must be
 * given (UNAUTHENTICATED otherwise). Every other session of the user is
 * revoked, so a stolen session does not outlive the change; the current one stays.
 */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<void> {
  const viewer = requireUser(ctx);
  assertPasswordPolicy(input.newPassword, 'newPassword');
  const current = await ctx.em.findOneOrFail(User, viewer.userId);
  if (!(await verifyPassword(current.passwordHash, input.currentPassword))) {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, 'the current password is wrong');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (em) => {
    const user = await em.findOneOrFail(User, viewer.userId);
    user.passwordHash = passwordHash;
    const open = { user: viewer.userId, sessionId: { $ne: viewer.sessionId }, revokedAt: null };
    const sessions = await em.find(RefreshToken, open, { fields: ['sessionId'] });
    const revokedAt = new Date();
    await em.nativeUpdate(RefreshToken, open, { revokedAt });
    const ended = [...new Set(sessions.map((s) => s.sessionId))];
    if (ended.length) recordEvent(em, 'SESSION_ENDED', { sessionIds: ended });
    for (const sessionId of ended) {
      noteChange(em, {
        entity: 'Session',
        id: sessionId,
        kind: 'update',
        before: { revokedAt: null },
        after: { revokedAt: revokedAt.toISOString() },
      });
    }
  });
}
