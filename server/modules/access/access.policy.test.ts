import { describe, expect, it } from 'vitest';
import { Role } from '../../core/access.js';
import type { Viewer } from '../../core/context.js';
import {
  actionsIn,
  actionsOf,
  permitted,
  from,
  holding,
  ids,
  NO_ROLE,
  NOBODY,
  policyCases,
  type PolicyRow,
  ROLES,
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

const org = ids('parent', 'record', 'child', 'elsewhere');
const relations = {
  'on it': (role: Role) => holding(role, org.record),
  'on its parent': (role: Role) => holding(role, org.parent, org.record),
  'on a child of it': (role: Role) => holding(role, org.child),
  elsewhere: (role: Role) => holding(role, org.elsewhere),
};
type Relation = keyof typeof relations;

/** ADMIN on the organization, or above it. */
const adminOnIt = <A extends string>(action: A): PolicyRow<A, Relation>[] => [
  [action, 'on it', from(Role.ADMIN)],
  [action, 'on its parent', from(Role.ADMIN)],
  [action, 'on a child of it', NOBODY],
  [action, 'elsewhere', NOBODY],
];

describe('organization access policy', () => {
  it.each(policyCases(adminOnIt('manage')))('%s %s: %s → %s', (role, relation, action, allowed) => {
    const target = { id: org.record, role: Role.VIEWER };
    expect(permitted(organizationAccessPolicy, action, relations[relation](role), target)).toBe(allowed);
  });

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

describe.each([
  ['role grant', roleGrantPolicy, { id: 'grant', organization: { id: org.record } } as unknown as RoleGrant],
  ['API token', apiTokenPolicy, { id: 'token', organization: { id: org.record } } as unknown as ApiToken],
] as const)('%s policy', (_, policy, record) => {
  const TABLE = [...adminOnIt('read'), ...adminOnIt('revoke')];

  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(
      permitted(policy as typeof roleGrantPolicy, action, relations[relation](role), record as RoleGrant),
    ).toBe(allowed);
  });

  it('covers every action, lets a system administrator do everything and a user without a role nothing', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(policy as typeof roleGrantPolicy));
    for (const action of ['read', 'revoke'] as const) {
      expect(
        permitted(policy as typeof roleGrantPolicy, action, SYSTEM_ADMIN, record as RoleGrant),
        action,
      ).toBe(true);
      expect(permitted(policy as typeof roleGrantPolicy, action, NO_ROLE, record as RoleGrant), action).toBe(
        false,
      );
    }
  });
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
