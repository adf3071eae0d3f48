import { describe, expect, it } from 'vitest';
import type { ViewerAccess } from '../../core/access.js';
import {
  byRole,
  from,
  holding,
  ids,
  NO_ROLE,
  ROLES,
  Role,
  SYSTEM_ADMIN,
} from '../../../test/helpers/policies.js';
import { areaResponsibilityPolicy, mayReadContact, personRegistryPolicy } from './people.policy.js';

type Case = [viewer: string, access: ViewerAccess, viewerPersonId: string | null, allowed: boolean];

const org = ids('current', 'above', 'former', 'elsewhere');
const person = 'person';

describe("who reads a person's contact details", () => {
  // [viewer, the viewer's own person, allowed]: personal data, shown to the person, to system
  // administrators, and to any role on an organization where the person holds a position now.
  const CASES: Case[] = [
    ...ROLES.flatMap((role): Case[] => [
      [
        `${role} on an organization where the person holds a position`,
        holding(role, org.current),
        null,
        true,
      ],
      [`${role} above that organization`, holding(role, org.above, org.current), null, true],
      [`${role} on an organization the person has left`, holding(role, org.former), null, false],
      [`${role} elsewhere`, holding(role, org.elsewhere), null, false],
    ]),
    ['the person themself, without a role', NO_ROLE, person, true],
    ['another person without a role', NO_ROLE, 'someone-else', false],
    ['an API token (no person) without a role', NO_ROLE, null, false],
    ['a system administrator', SYSTEM_ADMIN, null, true],
  ];

  it.each(CASES)('%s → %s', (_, access, viewerPersonId, allowed) => {
    expect(mayReadContact(access, viewerPersonId, person, [org.current])).toBe(allowed);
  });

  it('shows nothing of a person without a current position to a role holder', () => {
    expect(mayReadContact(holding(Role.ADMIN, org.former), null, person, [])).toBe(false);
  });
});

describe('person registry policy', () => {
  // Registering a person: ADMIN of some organization (any), or a system administrator.
  it.each([
    ...byRole('somewhere', (role) => holding(role, org.elsewhere), from(Role.ADMIN)),
    ['a user without a role', NO_ROLE, false] as const,
    ['a system administrator', SYSTEM_ADMIN, true] as const,
  ])('registerPerson by %s → %s', (_, access, allowed) => {
    expect(personRegistryPolicy.actions.registerPerson(access, {})).toBe(allowed);
  });
});

describe('area responsibility policy', () => {
  // Responsibilities for an area: ADMIN on an organization located in it.
  const area = { id: 'area', organizationIds: [org.current] };
  it.each([
    ...byRole('on an organization of the area', (role) => holding(role, org.current), from(Role.ADMIN)),
    ...byRole('above one', (role) => holding(role, org.above, org.current), from(Role.ADMIN)),
    ['ADMIN elsewhere', holding(Role.ADMIN, org.elsewhere), false] as const,
    ['a system administrator', SYSTEM_ADMIN, true] as const,
  ])('manageResponsibilities by %s → %s', (_, access, allowed) => {
    expect(areaResponsibilityPolicy.actions.manageResponsibilities(access, area)).toBe(allowed);
  });

  it('lets nobody but system administrators manage an area without organizations', () => {
    const empty = { id: 'empty', organizationIds: [] };
    expect(
      areaResponsibilityPolicy.actions.manageResponsibilities(holding(Role.ADMIN, org.current), empty),
    ).toBe(false);
    expect(areaResponsibilityPolicy.actions.manageResponsibilities(SYSTEM_ADMIN, empty)).toBe(true);
  });
});
