import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../core/context.js';
import {
  ANY_ROLE_AROUND,
  AROUND_ORGANIZATION as relations,
  type AroundOrganization,
  describePolicy,
  holding,
  NO_ROLE,
  ORGANIZATION as org,
  permitted,
  ROLES,
  Role,
  rule,
  SYSTEM_ADMIN,
} from '../../../test/helpers/policies.js';
import {
  apiTokenPolicy,
  mayReadAccessOf,
  organizationAccessPolicy,
  roleGrantPolicy,
} from './access.policy.js';
import type { ApiToken } from './api-token.entity.js';
import type { RoleGrant } from './role-grant.entity.js';

/** ADMIN on the organization, or above it. */
const adminOnIt = rule<AroundOrganization>(Role.ADMIN, 'on it', 'on its parent');

// Managing an organization's access: ADMIN on it or above it; conferring a role (here VIEWER): holding one there.
describePolicy('organization access policy', {
  policy: organizationAccessPolicy,
  record: { id: org.record, role: Role.VIEWER },
  relations,
  table: {
    read: ANY_ROLE_AROUND,
    manage: adminOnIt,
    confer: rule<AroundOrganization>(Role.VIEWER, 'on it', 'on its parent'),
  },
  withoutRole: 'read',
});

describe('conferring a role', () => {
  // [role held on the organization, role conferred, allowed]: never more than the viewer holds there.
  const CONFER = ROLES.flatMap((held) =>
    ROLES.map((conferred) => [held, conferred, ROLES.indexOf(held) <= ROLES.indexOf(conferred)] as const),
  );
  it.each(CONFER)('%s on it confers %s → %s', (held, conferred, allowed) => {
    expect(
      permitted(organizationAccessPolicy, 'confer', holding(held, org.record), {
        id: org.record,
        role: conferred,
      }),
    ).toBe(allowed);
  });

  it('confers nothing on an organization the viewer holds no role on; a system administrator confers anything', () => {
    for (const role of ROLES) {
      expect(
        permitted(organizationAccessPolicy, 'confer', holding(Role.ADMIN, org.elsewhere), {
          id: org.record,
          role,
        }),
      ).toBe(false);
      expect(permitted(organizationAccessPolicy, 'confer', SYSTEM_ADMIN, { id: org.record, role })).toBe(
        true,
      );
    }
    expect(
      permitted(organizationAccessPolicy, 'manage', SYSTEM_ADMIN, { id: org.record, role: Role.ADMIN }),
    ).toBe(true);
  });
});

// Reading and revoking a role grant or an API token: ADMIN on its organization, or above it.
describePolicy('role grant policy', {
  policy: roleGrantPolicy,
  record: { id: 'grant', organization: { id: org.record } } as unknown as RoleGrant,
  relations,
  table: { read: adminOnIt, revoke: adminOnIt },
});

describePolicy('API token policy', {
  policy: apiTokenPolicy,
  record: { id: 'token', organization: { id: org.record } } as unknown as ApiToken,
  relations,
  table: { read: adminOnIt, revoke: adminOnIt },
});

describe('who reads the access records of an organization', () => {
  const user = { userId: 'user', apiTokenId: null } as Viewer;
  const token = { userId: null, apiTokenId: 'token' } as Viewer;

  it.each([
    ['a user, ADMIN on it', user, holding(Role.ADMIN, org.record), true],
    ['a user, ADMIN on its parent', user, holding(Role.ADMIN, org.parent, org.record), true],
    ['a user, COORDINATOR on it', user, holding(Role.COORDINATOR, org.record), false],
    ['a user, ADMIN elsewhere', user, holding(Role.ADMIN, org.elsewhere), false],
    ['a system administrator', user, SYSTEM_ADMIN, true],
    ['an API token, even ADMIN on it', token, holding(Role.ADMIN, org.record), false],
    ['nobody signed in', null, NO_ROLE, false],
  ] as const)('%s → %s', (_, viewer, access, allowed) => {
    expect(mayReadAccessOf(viewer, access, org.record)).toBe(allowed);
  });
});
