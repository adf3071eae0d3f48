import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import { loadPetitionAccessViews } from '../petition.access.js';
import { Petition } from '../petition.entity.js';
import { type PetitionAccessView, petitionPolicy } from '../petition.policy.js';

/** A petition loaded for a change, with its policy view. */
export interface PetitionToChange {
  petition: Petition;
  view: PetitionAccessView;
}

/**
 * Loads and locks (FOR UPDATE) the petition of `input` for a change and
 * authorizes `action` on it at the client's version (`authorizeAtVersion`:
 * NOT_FOUND when the viewer may not read it, then CONFLICT when stale, then
 * FORBIDDEN; `null` for a change that leaves the petition's own fields alone). The domain rules are the command's.
 */
export async function loadPetitionToChange(
  ctx: Context,
  em: EntityManager,
  input: { petitionId: string; expectedVersion: number | null },
  action: 'handle' | 'transfer',
): Promise<PetitionToChange> {
  const id = fromGlobalId(input.petitionId, 'Petition', 'petitionId');
  const petition = await em.findOne(Petition, id, { refresh: true, lockMode: LockMode.PESSIMISTIC_WRITE });
  const view = petition ? (await loadPetitionAccessViews(em, [id])).get(id) : undefined;
  if (!petition || !view) throw notFound('Petition', input.petitionId);
  await authorizeAtVersion(
    ctx,
    petitionPolicy,
    action,
    view,
    atVersion(petition, input.expectedVersion, 'petition'),
  );
  return { petition, view };
}

/**
 * Loads an organization named by an input, share-locked until commit (a
 * concurrent merger or dissolution waits). NOT_FOUND when missing.
 */
export async function loadOrganization(
  em: EntityManager,
  globalId: string,
  field: string,
): Promise<Organization> {
  const id = fromGlobalId(globalId, 'Organization', field);
  const organization = await em.findOne(Organization, id, { lockMode: LockMode.PESSIMISTIC_READ });
  if (!organization) throw notFound('Organization', globalId);
  return organization;
}

/** Throws CONFLICT (on `field`) when the organization was merged or dissolved. */
export function assertActive(organization: Organization, field: string): void {
  if (organization.status !== OrganizationStatus.ACTIVE) {
    throw conflict(
      `${organization.name} is ${organization.status.toLowerCase()}: it cannot handle petitions`,
      {
        field,
      },
    );
  }
}

/** Throws BAD_USER_INPUT (on `field`) unless `day` lies between `from` and today. */
export function assertDayInRange(day: string, from: string, field: string): void {
  if (day > todayInVietnam()) throw badInput(field, `${field} must not be in the future`);
  if (day < from) throw badInput(field, `${field} must not be before the petition was received`);
}
