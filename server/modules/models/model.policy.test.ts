import { describe, expect, it } from 'vitest';
import { Role } from '../../core/access.js';
import {
  actionsIn,
  actionsOf,
  from,
  holding,
  ids,
  NO_ROLE,
  NOBODY,
  permitted,
  policyCases,
  type PolicyRow,
  SYSTEM_ADMIN,
} from '../../../test/helpers/policies.js';
import { type ModelAccessView, modelOrganizationPolicy, modelPolicy } from './model.policy.js';

const org = ids('aboveOwner', 'owner', 'adopter', 'aboveAdopter', 'elsewhere');
const model: ModelAccessView = { id: 'model', ownerId: org.owner, adopterIds: [org.adopter] };

type Action = keyof typeof modelPolicy.actions | 'read';
const relations = {
  'on the owner': (role: Role) => holding(role, org.owner),
  'above the owner': (role: Role) => holding(role, org.aboveOwner, org.owner),
  'on an adopter': (role: Role) => holding(role, org.adopter),
  'above an adopter': (role: Role) => holding(role, org.aboveAdopter, org.adopter),
  elsewhere: (role: Role) => holding(role, org.elsewhere),
};
type Relation = keyof typeof relations;

// Keeping the model (every action): COORDINATOR on the owner or above it.
const keeps = (action: Action): PolicyRow<Action, Relation>[] => [
  [action, 'on the owner', from(Role.COORDINATOR)],
  [action, 'above the owner', from(Role.COORDINATOR)],
  [action, 'on an adopter', NOBODY],
  [action, 'above an adopter', NOBODY],
  [action, 'elsewhere', NOBODY],
];

const TABLE: PolicyRow<Action, Relation>[] = [
  ['read', 'on the owner', from(Role.VIEWER)],
  ['read', 'above the owner', from(Role.VIEWER)],
  ['read', 'on an adopter', from(Role.VIEWER)],
  ['read', 'above an adopter', from(Role.VIEWER)],
  ['read', 'elsewhere', NOBODY],
  ...keeps('recordStatus'),
  ...keeps('addEvidence'),
  ...keeps('commend'),
  ...keeps('adopt'),
];

describe('model policy', () => {
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(modelPolicy, action, relations[relation](role), model)).toBe(allowed);
  });

  it('covers every action; a system administrator may do everything, a user without a role nothing', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(modelPolicy));
    for (const action of actionsOf(modelPolicy)) {
      expect(permitted(modelPolicy, action, SYSTEM_ADMIN, model), action).toBe(true);
      expect(permitted(modelPolicy, action, NO_ROLE, model), action).toBe(false);
    }
  });
});

describe('model rules on an organization (registering a model)', () => {
  const place = { id: org.owner };
  const on = {
    'on it': (role: Role) => holding(role, org.owner),
    'above it': (role: Role) => holding(role, org.aboveOwner, org.owner),
    elsewhere: (role: Role) => holding(role, org.elsewhere),
  };
  type On = keyof typeof on;
  type OrgAction = keyof typeof modelOrganizationPolicy.actions | 'read';
  const ORGANIZATION_TABLE: PolicyRow<OrgAction, On>[] = [
    ['read', 'on it', from(Role.VIEWER)],
    ['read', 'above it', from(Role.VIEWER)],
    ['read', 'elsewhere', from(Role.VIEWER)],
    ['registerModel', 'on it', from(Role.COORDINATOR)],
    ['registerModel', 'above it', from(Role.COORDINATOR)],
    ['registerModel', 'elsewhere', NOBODY],
  ];

  it.each(policyCases(ORGANIZATION_TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(modelOrganizationPolicy, action, on[relation](role), place)).toBe(allowed);
  });

  it('covers every action, and lets a system administrator do everything', () => {
    expect(actionsIn(ORGANIZATION_TABLE)).toEqual(actionsOf(modelOrganizationPolicy));
    for (const action of actionsOf(modelOrganizationPolicy))
      expect(permitted(modelOrganizationPolicy, action, SYSTEM_ADMIN, place), action).toBe(true);
  });
});
