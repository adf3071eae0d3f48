import { publishAccessChanged } from '../access.events.js';
import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { requireUser } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { apiTokenPolicy } from '../access.policy.js';
import { ApiToken } from '../api-token.entity.js';

/**
 * Revokes an API token. It stops working at once: the viewer lookup checks
 * `revoked_at` on every request. Needs ADMIN on the token's organization;
 * a revoked token is CONFLICT.
 */
export async function revokeApiToken(ctx: Context, input: { apiTokenId: string }): Promise<ApiToken> {
  requireUser(ctx);
  const id = fromGlobalId(input.apiTokenId, 'ApiToken', 'apiTokenId');
  return inTransaction(ctx, async (em, afterCommit) => {
    const apiToken = await em.findOne(ApiToken, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!apiToken) throw notFound('ApiToken', input.apiTokenId);
    await authorize(ctx, apiTokenPolicy, 'revoke', apiToken);
    if (apiToken.revokedAt) throw conflict('the API token is already revoked');
    apiToken.revokedAt = new Date();
    afterCommit(() => publishAccessChanged(ctx, { apiTokenIds: [apiToken.id] }));
    return apiToken;
  });
}
