import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import type { Role } from '../../../core/access.js';
import type { Context } from '../../../core/context.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import { organizationAccessPolicy } from '../access.policy.js';

/** Minimum length of a password (NFC code points). */
export const MIN_PASSWORD_LENGTH = 10;

/** Throws BAD_USER_INPUT on `field` when the password is too short. */
export function assertPasswordPolicy(password: string, field: string): void {
  if ([...password.normalize('NFC')].length < MIN_PASSWORD_LENGTH) {
    throw badInput(field, `${field} must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

/**
 * Loads the organization on which a command confers `role` (a grant, an invitation, an API token): NOT_FOUND
 * when missing, then authorizes (`organizationAccessPolicy` `manage` and `confer`: never more than the
 * viewer holds), then CONFLICT unless it is active. The row is share-locked until commit, so a concurrent
 * merger waits.
 */
export async function loadOrganizationToConfer(
  ctx: Context,
  em: EntityManager,
  globalId: string,
  role: Role,
): Promise<Organization> {
  const id = fromGlobalId(globalId, 'Organization', 'organizationId');
  const organization = await em.findOne(Organization, id, { lockMode: LockMode.PESSIMISTIC_READ });
  if (!organization) throw notFound('Organization', globalId);
  const conferred = { id: organization.id, role };
  await authorize(ctx, organizationAccessPolicy, 'manage', conferred);
  await authorize(ctx, organizationAccessPolicy, 'confer', conferred);
  assertActive(organization);
  return organization;
}

/** CONFLICT when the organization was merged or dissolved. */
function assertActive(organization: Organization): void {
  if (organization.status !== OrganizationStatus.ACTIVE) {
    throw conflict(`the organization is ${organization.status.toLowerCase()}, not active`, {
      field: 'organizationId',
    });
  }
}
