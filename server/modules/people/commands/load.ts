import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { conflict, notFound } from '../../../core/errors.js';
import { AdministrativeArea } from '../../areas/area.entity.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import { Person } from '../person.entity.js';

/** Loads a person by database id inside a command; NOT_FOUND (with the global id) when missing. */
export async function loadPerson(em: EntityManager, id: string, globalId: string): Promise<Person> {
  const person = await em.findOne(Person, id);
  if (!person) throw notFound('Person', globalId);
  return person;
}

/**
 * Loads an organization that must be ACTIVE to take new positions or
 * responsibilities: NOT_FOUND when missing, CONFLICT (on `field`) when merged
 * or dissolved; `authorize` runs before the status check. The row is share-locked until commit, so a concurrent merger
 * waits for this transaction instead of ending the organization under it.
 */
export async function loadActiveOrganization(
  em: EntityManager,
  id: string,
  globalId: string,
  field: string,
  authorize: (organization: Organization) => Promise<void>,
): Promise<Organization> {
  const organization = await em.findOne(Organization, id, { lockMode: LockMode.PESSIMISTIC_READ });
  if (!organization) throw notFound('Organization', globalId);
  await authorize(organization);
  if (organization.status !== OrganizationStatus.ACTIVE) {
    throw conflict(`the organization is ${organization.status.toLowerCase()}, not active`, { field });
  }
  return organization;
}

/** Loads an administrative area inside a command; NOT_FOUND when missing. */
export async function loadArea(em: EntityManager, id: string, globalId: string): Promise<AdministrativeArea> {
  const area = await em.findOne(AdministrativeArea, id);
  if (!area) throw notFound('AdministrativeArea', globalId);
  return area;
}
