import type { Context } from '../../../core/context.js';
import { requireUser } from '../../../core/context.js';
import { badInput } from '../../../core/errors.js';
import { hashSecret, randomSecret } from '../../../core/auth/tokens.js';
import { inTransaction } from '../../../core/transaction.js';
import { User } from '../../users/user.entity.js';
import type { CreateApiTokenInput } from '../access.inputs.js';
import { ApiToken } from '../api-token.entity.js';
import { API_TOKEN_PREFIX } from '../api-token.repository.js';
import { loadOrganizationToConfer } from './load.js';

/**
 * Creates an API token acting with `role` on an active organization (and
 * what lies below it). Needs ADMIN there and never confers more than the
 * viewer holds. The secret is returned once; only its hash is stored.
 */
export async function createApiToken(
  ctx: Context,
  input: CreateApiTokenInput,
): Promise<{ apiToken: ApiToken; secret: string }> {
  const viewer = requireUser(ctx);
  const name = input.name;
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt && expiresAt <= new Date()) throw badInput('expiresAt', 'expiresAt must be in the future');
  return inTransaction(ctx, async (em) => {
    const organization = await loadOrganizationToConfer(ctx, em, input.organizationId, input.role);
    const secret = randomSecret(API_TOKEN_PREFIX);
    const apiToken = em.create(ApiToken, {
      name,
      organization,
      role: input.role,
      tokenHash: hashSecret(secret),
      createdBy: em.getReference(User, viewer.userId),
      expiresAt,
    });
    return { apiToken, secret };
  });
}
