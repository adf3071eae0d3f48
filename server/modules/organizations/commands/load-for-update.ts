import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/postgresql';
import { notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import type { Context } from '../../../core/context.js';
import { atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { Organization } from '../organization.entity.js';
import { organizationPolicy } from '../organization.policy.js';

/** An action of `organizationPolicy`. */
type OrganizationAction = keyof typeof organizationPolicy.actions;

/**
 * Loads an organization for a change inside a transaction (NOT_FOUND when
 * missing). With an expected version the command checks it
 * (`loadOrganizationToChange`; a concurrent change committed after the check
 * fails at flush, on the versioned UPDATE); without, the row is locked so
 * concurrent changes serialize.
 */
export async function loadOrganizationForUpdate(
  em: EntityManager,
  globalId: string,
  field: string,
  expectedVersion?: number | null,
): Promise<Organization> {
  const id = fromGlobalId(globalId, 'Organization', field);
  const organization = await em.findOne(Organization, id, {
    refresh: true,
    ...(expectedVersion ? {} : { lockMode: LockMode.PESSIMISTIC_WRITE }),
  });
  if (!organization) throw notFound('Organization', globalId);
  return organization;
}

/**
 * Loads the organization a command changes (`input.organizationId`, as
 * `loadOrganizationForUpdate`), then authorizes `action` on it at
 * `input.expectedVersion` when given (`authorizeAtVersion`).
 */
export async function loadOrganizationToChange(
  ctx: Context,
  em: EntityManager,
  action: OrganizationAction,
  input: { organizationId: string; expectedVersion?: number | null },
): Promise<Organization> {
  const organization = await loadOrganizationForUpdate(
    em,
    input.organizationId,
    'organizationId',
    input.expectedVersion,
  );
  // A version of 0 never existed: as before, it means "none sent".
  await authorizeAtVersion(
    ctx,
    organizationPolicy,
    action,
    organization,
    atVersion(organization, input.expectedVersion || null, 'organization'),
  );
  return organization;
}
