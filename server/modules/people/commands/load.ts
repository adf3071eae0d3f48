import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { conflict, notFound } from '../../../core/errors.js';
import { AdministrativeArea } from '../../areas/area.entity.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import type { AreaView } from '../people.policy.js';
import { Person } from '../person.entity.js';

/** Loads a person by database id inside a command; NOT_FOUND (with the global id) when missing. */
export async function loadPerson(em: EntityManager, id: string, globalId: string): Promise<Person> {
  const person = await em.findOne(Person, id);
  if (!person) throw notFound('Person', globalId);
  return person;
}

/**
 * Loads an organization to take new positions or responsibilities: NOT_FOUND
 * when missing. The row is share-locked until commit, so a concurrent merger
 * waits for this transaction instead of ending the organization under it.
 * The command authorizes, then checks it is ACTIVE (`assertActive`).
 */
export async function loadOrganizationToChange(
  em: EntityManager,
  id: string,
  globalId: string,
): Promise<Organization> {
  const organization = await em.findOne(Organization, id, { lockMode: LockMode.PESSIMISTIC_READ });
  if (!organization) throw notFound('Organization', globalId);
  return organization;
}

/** CONFLICT (on `field`) when the organization was merged or dissolved. */
export function assertActive(organization: Organization, field: string): void {
  if (organization.status !== OrganizationStatus.ACTIVE) {
    throw conflict(`the organization is ${organization.status.toLowerCase()}, not active`, { field });
  }
}

/** An area with the organizations located in it, for `areaResponsibilityPolicy`. */
export async function loadAreaView(em: EntityManager, areaId: string): Promise<AreaView> {
  const rows = await em.execute<{ id: string }[]>('select id from organization where area_id = ?', [areaId]);
  return { id: areaId, organizationIds: rows.map((r) => r.id) };
}

/** Loads an administrative area inside a command; NOT_FOUND when missing. */
export async function loadArea(em: EntityManager, id: string, globalId: string): Promise<AdministrativeArea> {
  const area = await em.findOne(AdministrativeArea, id);
  if (!area) throw notFound('AdministrativeArea', globalId);
  return area;
}
