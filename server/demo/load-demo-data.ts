import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../core/auth/passwords.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { createDemoAccounts, DEMO_PASSWORD } from './accounts.js';
import { loadAdministrativeAreas } from './areas.js';
import { insertDemoOrganizations } from './organizations.js';
import { createDemoPeople } from './people.js';
import { createDemoMeetings } from './meetings.js';
import { createDemoPrograms } from './programs.js';
import { createDemoPetitions } from './petitions.js';
import { insertDemoRecords } from './records.js';
import { insertDemoReports } from './reports.js';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountSpec } from './accounts.js';
export { DEMO_AREA } from './areas.js';
export { DEMO_ORG, DEMO_ORGANIZATIONS } from './organizations.js';
export { DEMO_PEOPLE, DEMO_PERSON } from './people.js';
export { DEMO_PROGRAM } from './programs.js';
export { DEMO_FRIENDLY_GOVERNMENT_MODEL, DEMO_RECORD_FIGURES } from './records.js';
export { DEMO_REPORTS } from './reports.js';

/** How many rows `loadDemoData` created, per table. */
export interface DemoSummary {
  areas: number;
  organizations: number;
  people: number;
  positions: number;
  responsibilities: number;
  users: number;
  programs: number;
  tasks: number;
  petitions: number;
  /** Mass-mobilization models (issue 15): the 1,635 "Dân vận khéo" ones and the friendly-government one. */
  models: number;
  /** Social critiques. */
  critiques: number;
  /** Report forms (issue 16): the annual form. */
  reportForms: number;
  /** Reports on it: Lạng Sơn's communes and provincial bodies, 2025 and 2026. */
  reportSubmissions: number;
}

/** True when the database holds any organization (then demo data must not be loaded). */
export async function hasAnyData(em: EntityManager): Promise<boolean> {
  return (await em.count(Organization, {})) > 0;
}

/**
 * Loads the demo data into an empty database in one transaction: Vietnam's 2025
 * administrative units (plus Lạng Sơn's pre-2025 districts), the Lạng Sơn political
 * system drawn from the seed articles, its people with their concurrent positions and
 * responsibilities, one account per organization (password `DEMO_PASSWORD`), and
 * petitions received by its communes and province bodies.
 * Check `hasAnyData` first: codes and emails are unique, so a second load fails.
 */
export async function loadDemoData(em: EntityManager): Promise<DemoSummary> {
  // Hashed once, before the transaction opens (argon2 takes a while).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return em.transactional(async (tx) => {
    const areaIds = await loadAdministrativeAreas(tx);
    const orgIds = await insertDemoOrganizations(tx, areaIds);
    const people = createDemoPeople(tx, orgIds, areaIds);
    const users = createDemoAccounts(tx, people.byName, passwordHash, orgIds);
    const plans = createDemoPrograms(tx, orgIds);
    createDemoMeetings(tx, orgIds, people.byName);
    const petitions = createDemoPetitions(tx, orgIds, areaIds);
    const records = await insertDemoRecords(tx, orgIds, areaIds);
    await tx.flush();
    const reports = await insertDemoReports(tx, orgIds, areaIds);
    return {
      areas: areaIds.size,
      organizations: orgIds.size,
      people: people.byName.size,
      positions: people.positions,
      responsibilities: people.responsibilities,
      users,
      ...plans,
      petitions,
      ...records,
      ...reports,
    };
  });
}
