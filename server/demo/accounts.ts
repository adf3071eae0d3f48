import { Role } from '../core/access.js';
import { RoleGrant } from '../modules/access/role-grant.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Person } from '../modules/people/person.entity.js';
import { User } from '../modules/users/user.entity.js';
import { readDemoData } from './data.js';

/** Password of every demo account (development only: demo data is never loaded in production). */
export const DEMO_PASSWORD = 'phoihop-demo';

/** A demo sign-in account. */
export interface DemoAccountSpec {
  /** Lower-case ASCII. */
  email: string;
  /** The organization the account works for; `null` for the system administrator. */
  organizationCode: string | null;
  /** The linked person (a head of the organization, or a deputy when the head already has an account). */
  personFullName: string;
  /** Who this is, in Vietnamese, for the sign-in page's list of demo accounts. */
  description: string;
  isSystemAdmin: boolean;
}

/**
 * One account per active demo organization, each for a different person (a head of the organization, or a
 * deputy when the head already has one), plus the administrator (server/demo/data/accounts.json).
 */
export const DEMO_ACCOUNTS: readonly DemoAccountSpec[] = readDemoData('accounts');

/**
 * Creates (persists, does not flush) the demo accounts, all with the one `passwordHash`
 * (hash `DEMO_PASSWORD` once: argon2 is slow on purpose). Returns how many.
 */
export function createDemoAccounts(
  em: EntityManager,
  people: Map<string, Person>,
  passwordHash: string,
  orgIds: Map<string, string>,
): number {
  for (const spec of DEMO_ACCOUNTS) {
    const person = people.get(spec.personFullName);
    if (!person) throw new Error(`demo account ${spec.email}: unknown person ${spec.personFullName}`);
    const user = em.create(User, {
      email: spec.email,
      passwordHash,
      person,
      isSystemAdmin: spec.isSystemAdmin,
    });
    const organizationId = spec.organizationCode ? orgIds.get(spec.organizationCode) : undefined;
    // Each agency's account administers its agency (and, through the chain of command, what is below it).
    if (organizationId) {
      em.create(RoleGrant, {
        user,
        organization: em.getReference(Organization, organizationId),
        role: Role.ADMIN,
        validFrom: new Date('2021-01-01T00:00:00+07:00'),
      });
    }
  }
  return DEMO_ACCOUNTS.length;
}
