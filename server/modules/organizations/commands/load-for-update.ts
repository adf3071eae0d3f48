import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/postgresql';
import { notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { Organization } from '../organization.entity.js';

/**
 * Loads an organization for a change inside a transaction. With
 * `expectedVersion`, a stale version fails with CONFLICT (optimistic lock);
 * without, the row is locked so concurrent changes serialize.
 */
export async function loadOrganizationForUpdate(
  em: EntityManager,
  globalId: string,
  field: string,
  expectedVersion?: number | null,
): Promise<Organization> {
  const id = fromGlobalId(globalId, 'Organization', field);
  const organization = await em.findOne(Organization, id, {
    lockMode: expectedVersion ? LockMode.OPTIMISTIC : LockMode.PESSIMISTIC_WRITE,
    lockVersion: expectedVersion ?? undefined,
  } as never);
  if (!organization) throw notFound('Organization', globalId);
  return organization;
}
