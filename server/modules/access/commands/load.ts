import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';

/** Minimum length of a password (NFC code points). */
export const MIN_PASSWORD_LENGTH = 10;

/** Throws BAD_USER_INPUT on `field` when the password is too short. */
export function assertPasswordPolicy(password: string, field: string): void {
  if ([...password.normalize('NFC')].length < MIN_PASSWORD_LENGTH) {
    throw badInput(field, `${field} must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

/**
 * Loads the organization on which a role is to be conferred, inside a
 * command: NOT_FOUND when missing. The row is share-locked until commit, so a
 * concurrent merger waits. It does not authorize: the command authorizes
 * (`organizationAccessPolicy` `manage` and `confer`), then `assertActive`.
 */
export async function loadOrganizationToConfer(em: EntityManager, globalId: string): Promise<Organization> {
  const id = fromGlobalId(globalId, 'Organization', 'organizationId');
  const organization = await em.findOne(Organization, id, { lockMode: LockMode.PESSIMISTIC_READ });
  if (!organization) throw notFound('Organization', globalId);
  return organization;
}

/** CONFLICT when the organization was merged or dissolved. */
export function assertActive(organization: Organization): void {
  if (organization.status !== OrganizationStatus.ACTIVE) {
    throw conflict(`the organization is ${organization.status.toLowerCase()}, not active`, {
      field: 'organizationId',
    });
  }
}
