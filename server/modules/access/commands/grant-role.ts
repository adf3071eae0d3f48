import type { Context } from '../../../core/context.js';
import { publishAccessChanged } from '../access.events.js';
import { requireUser } from '../../../core/context.js';
import { badInput, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { inTransaction } from '../../../core/transaction.js';
import { User } from '../../users/user.entity.js';
import type { GrantRoleInput } from '../access.inputs.js';
import { RoleGrant } from '../role-grant.entity.js';
import { loadOrganizationToConfer } from './load.js';

/**
 * Grants a role on an active organization to a user for a term (default:
 * from now, open-ended). Needs ADMIN on the organization, and never confers
 * more than the viewer holds there.
 */
export async function grantRole(ctx: Context, input: GrantRoleInput): Promise<RoleGrant> {
  const viewer = requireUser(ctx);
  const userId = fromGlobalId(input.userId, 'User', 'userId');
  const validFrom = input.validFrom ?? new Date();
  const validTo = input.validTo ?? null;
  if (validTo && validTo <= validFrom) throw badInput('validTo', 'validTo must be after validFrom');
  return inTransaction(ctx, async (em, afterCommit) => {
    afterCommit(() => publishAccessChanged(ctx, { userIds: [userId] }));
    const organization = await loadOrganizationToConfer(ctx, em, input.organizationId, input.role);
    const user = await em.findOne(User, userId);
    if (!user) throw notFound('User', input.userId);
    return em.create(RoleGrant, {
      user,
      organization,
      role: input.role,
      validFrom,
      validTo,
      grantedBy: em.getReference(User, viewer.userId),
    });
  });
}
