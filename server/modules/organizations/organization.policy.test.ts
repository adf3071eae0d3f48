import { describe, expect, it } from 'vitest';
import { Role } from '../../core/access.js';
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
  SYSTEM_ADMIN,
} from '../../../test/helpers/policies.js';
import type { Organization } from './organization.entity.js';
import { organizationPolicy, topLevelOrganizationPolicy } from './organization.policy.js';

const org = ids('parent', 'record', 'child', 'elsewhere');
const record = { id: org.record, parent: { id: org.parent } } as unknown as Organization;
const topLevel = { id: org.record, parent: null } as unknown as Organization;

type Action = keyof typeof organizationPolicy.actions | 'read';
const relations = {
  'on it': (role: Role) => holding(role, org.record),
  'on its parent': (role: Role) => holding(role, org.parent, org.record),
  'on a child of it': (role: Role) => holding(role, org.child),
  elsewhere: (role: Role) => holding(role, org.elsewhere),
};
type Relation = keyof typeof relations;

const ALL: PolicyRow<Action, Relation>[] = (Object.keys(relations) as Relation[]).map((relation) => [
  'read',
  relation,
  [true, true, true, true],
]);

// Rename, merge, manage members and create children: ADMIN on it or above it.
const onItOrAbove = (action: Action): PolicyRow<Action, Relation>[] => [
  [action, 'on it', from(Role.ADMIN)],
  [action, 'on its parent', from(Role.ADMIN)],
  [action, 'on a child of it', NOBODY],
  [action, 'elsewhere', NOBODY],
];
// Move and dissolve: ADMIN above it (its own ADMIN may not).
const aboveIt = (action: Action): PolicyRow<Action, Relation>[] => [
  [action, 'on it', NOBODY],
  [action, 'on its parent', from(Role.ADMIN)],
  [action, 'on a child of it', NOBODY],
  [action, 'elsewhere', NOBODY],
];

const TABLE: PolicyRow<Action, Relation>[] = [
  ...ALL,
  ...onItOrAbove('rename'),
  ...onItOrAbove('merge'),
  ...onItOrAbove('manageMembers'),
  ...onItOrAbove('createChild'),
  ...aboveIt('move'),
  ...aboveIt('dissolve'),
];

describe('organization policy', () => {
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(organizationPolicy, action, relations[relation](role), record)).toBe(allowed);
  });

  it('covers every action of the policy', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(organizationPolicy));
  });

  it('lets a system administrator do everything, and a user without a role only read', () => {
    for (const action of Object.keys(organizationPolicy.actions) as Action[]) {
      expect(permitted(organizationPolicy, action, SYSTEM_ADMIN, record), action).toBe(true);
      expect(permitted(organizationPolicy, action, NO_ROLE, record), action).toBe(false);
    }
    expect(permitted(organizationPolicy, 'read', NO_ROLE, record)).toBe(true);
  });

  it('leaves moving and dissolving a top-level organization to system administrators', () => {
    for (const action of ['move', 'dissolve'] as const) {
      expect(permitted(organizationPolicy, action, holding(Role.ADMIN, org.record), topLevel), action).toBe(
        false,
      );
      expect(permitted(organizationPolicy, action, SYSTEM_ADMIN, topLevel), action).toBe(true);
    }
  });
});

describe('top-level organization policy', () => {
  it.each([
    ['ADMIN somewhere', holding(Role.ADMIN, org.record), false],
    ['a user without a role', NO_ROLE, false],
    ['a system administrator', SYSTEM_ADMIN, true],
  ] as const)('createOrganization by %s → %s', (_, access, allowed) => {
    expect(permitted(topLevelOrganizationPolicy, 'createOrganization', access, {})).toBe(allowed);
  });
});
