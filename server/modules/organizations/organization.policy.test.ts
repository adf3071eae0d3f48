import { describe, expect, it } from 'vitest';
import {
  ANY_ROLE_AROUND,
  AROUND_ORGANIZATION,
  type AroundOrganization,
  describePolicy,
  each,
  holding,
  NO_ROLE,
  ORGANIZATION as org,
  permitted,
  Role,
  rule,
  SYSTEM_ADMIN,
} from '../../../test/helpers/policies.js';
import type { Organization } from './organization.entity.js';
import { organizationPolicy, topLevelOrganizationPolicy } from './organization.policy.js';

/** ADMIN on it or above it. */
const adminOnIt = rule<AroundOrganization>(Role.ADMIN, 'on it', 'on its parent');

describePolicy('organization policy', {
  policy: organizationPolicy,
  record: { id: org.record, parent: { id: org.parent } } as unknown as Organization,
  relations: AROUND_ORGANIZATION,
  table: {
    read: ANY_ROLE_AROUND,
    ...each(adminOnIt, 'rename', 'merge', 'manageMembers', 'createChild'),
    // Move and dissolve: ADMIN above it (its own ADMIN may not).
    ...each(rule<AroundOrganization>(Role.ADMIN, 'on its parent'), 'move', 'dissolve'),
  },
  withoutRole: 'read',
});

describe('organization policy on a top-level organization', () => {
  it('leaves moving and dissolving it to system administrators', () => {
    const topLevel = { id: org.record, parent: null } as unknown as Organization;
    for (const action of ['move', 'dissolve'] as const) {
      expect(permitted(organizationPolicy, action, holding(Role.ADMIN, org.record), topLevel)).toBe(false);
      expect(permitted(organizationPolicy, action, SYSTEM_ADMIN, topLevel), action).toBe(true);
    }
  });

  it.each([
    ['ADMIN somewhere', holding(Role.ADMIN, org.record), false],
    ['a user without a role', NO_ROLE, false],
    ['a system administrator', SYSTEM_ADMIN, true],
  ] as const)('createOrganization by %s → %s', (_, access, allowed) => {
    expect(permitted(topLevelOrganizationPolicy, 'createOrganization', access, {})).toBe(allowed);
  });
});
