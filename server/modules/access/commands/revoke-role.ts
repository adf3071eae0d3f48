import { publishAccessChanged } from '../access.events.js';
import { LockMode, ref } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { requireUser } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { User } from '../../users/user.entity.js';
import { roleGrantPolicy } from '../access.policy.js';
import { RoleGrant } from '../role-grant.entity.js';

/**
 * Ends a grant now (a grant not yet started ends at its start, so it never
 * runs). The grant is kept, so "who could do what on date D" stays
 * answerable. Needs ADMIN on the grant's organization; an ended grant is CONFLICT.
 */
export async function revokeRole(ctx: Context, input: { grantId: string }): Promise<RoleGrant> {
  const viewer = requireUser(ctx);
  const id = fromGlobalId(input.grantId, 'RoleGrant', 'grantId');
  return inTransaction(ctx, async (em, afterCommit) => {
    const grant = await em.findOne(RoleGrant, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!grant) throw notFound('RoleGrant', input.grantId);
    await authorize(ctx, roleGrantPolicy, 'revoke', grant);
    const now = new Date();
    if (grant.validTo && grant.validTo <= now) throw conflict('the grant has already ended');
    grant.validTo = grant.validFrom > now ? grant.validFrom : now;
    grant.revokedBy = ref(User, viewer.userId);
    afterCommit(() => publishAccessChanged(ctx, { userIds: [grant.user.id] }));
    return grant;
  });
}
