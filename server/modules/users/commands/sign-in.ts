import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { DomainError, ErrorCode } from '../../../core/errors.js';
import { dummyPasswordHash, verifyPassword } from '../../../core/auth/passwords.js';
import { inTransaction } from '../../../core/transaction.js';
import { metrics } from '../../../core/metrics.js';
import type { SignInInput } from '../auth.inputs.js';
import { signInLimiterFor } from '../sign-in-limiter.js';
import { User } from '../user.entity.js';
import { issueTokens, type Tokens } from './issue-tokens.js';

const WRONG = 'wrong email or password';

/** Checks the password and opens a new session (refresh-token family); failures are rate limited. */
export async function signIn(ctx: Context, input: SignInInput): Promise<Tokens> {
  const email = input.email.trim().toLowerCase();
  const attempt = await signInLimiterFor(ctx.config).begin(email, ctx.clientAddress);
  const user = await ctx.em.findOne(User, { email });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok || user.disabled) {
    metrics.signInFailures.inc();
    throw new DomainError(ErrorCode.UNAUTHENTICATED, WRONG);
  }
  await attempt.succeeded();
  return inTransaction(ctx, async (em: EntityManager) => {
    const fresh = await em.findOneOrFail(User, user.id);
    fresh.lastSignInAt = new Date();
    return issueTokens(em, ctx.config.tokenSecret, fresh, null);
  });
}
