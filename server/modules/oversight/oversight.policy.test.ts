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
import {
  type CritiqueAccessView,
  critiquePolicy,
  oversightOrganizationPolicy,
  type SupervisionAccessView,
  supervisionPolicy,
} from './oversight.policy.js';

const org = ids('aboveOwner', 'owner', 'other', 'aboveOther', 'elsewhere');
const relations = {
  'on the owner': (role: Role) => holding(role, org.owner),
  'above the owner': (role: Role) => holding(role, org.aboveOwner, org.owner),
  'on the other side': (role: Role) => holding(role, org.other),
  'above the other side': (role: Role) => holding(role, org.aboveOther, org.other),
  elsewhere: (role: Role) => holding(role, org.elsewhere),
};
type Relation = keyof typeof relations;

/** Read: any role on either side or above it. */
const readRows = <A extends string>(read: A): PolicyRow<A, Relation>[] => [
  [read, 'on the owner', from(Role.VIEWER)],
  [read, 'above the owner', from(Role.VIEWER)],
  [read, 'on the other side', from(Role.VIEWER)],
  [read, 'above the other side', from(Role.VIEWER)],
  [read, 'elsewhere', NOBODY],
];

describe('social critique policy (owner: the critiquing organization; other side: the drafting body)', () => {
  const critique: CritiqueAccessView = {
    id: 'c',
    organizationId: org.owner,
    draftingOrganizationId: org.other,
  };
  type Action = keyof typeof critiquePolicy.actions | 'read';
  const TABLE: PolicyRow<Action, Relation>[] = [
    ...readRows<Action>('read'),
    ['answer', 'on the owner', NOBODY],
    ['answer', 'above the owner', NOBODY],
    ['answer', 'on the other side', from(Role.COORDINATOR)],
    ['answer', 'above the other side', from(Role.COORDINATOR)],
    ['answer', 'elsewhere', NOBODY],
  ];
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(critiquePolicy, action, relations[relation](role), critique)).toBe(allowed);
  });
  it('covers every action; a system administrator may do everything, a user without a role nothing', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(critiquePolicy));
    for (const action of actionsOf(critiquePolicy)) {
      expect(permitted(critiquePolicy, action, SYSTEM_ADMIN, critique)).toBe(true);
      expect(permitted(critiquePolicy, action, NO_ROLE, critique)).toBe(false);
    }
  });
});

describe('supervision policy (owner: the supervising organization; other side: the supervised one)', () => {
  const supervision: SupervisionAccessView = {
    id: 's',
    organizationId: org.owner,
    subjectOrganizationId: org.other,
  };
  type Action = keyof typeof supervisionPolicy.actions | 'read';
  const TABLE: PolicyRow<Action, Relation>[] = [
    ...readRows<Action>('read'),
    ['answer', 'on the owner', from(Role.COORDINATOR)],
    ['answer', 'above the owner', from(Role.COORDINATOR)],
    ['answer', 'on the other side', from(Role.COORDINATOR)],
    ['answer', 'above the other side', from(Role.COORDINATOR)],
    ['answer', 'elsewhere', NOBODY],
    ['turnIntoTask', 'on the owner', from(Role.COORDINATOR)],
    ['turnIntoTask', 'above the owner', from(Role.COORDINATOR)],
    ['turnIntoTask', 'on the other side', NOBODY],
    ['turnIntoTask', 'above the other side', NOBODY],
    ['turnIntoTask', 'elsewhere', NOBODY],
  ];
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(supervisionPolicy, action, relations[relation](role), supervision)).toBe(allowed);
  });
  it('covers every action; without a supervised organization only the owner side reads and answers', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(supervisionPolicy));
    const ofPolicy = { ...supervision, subjectOrganizationId: null };
    expect(permitted(supervisionPolicy, 'read', relations['on the other side'](Role.ADMIN), ofPolicy)).toBe(
      false,
    );
    expect(
      permitted(supervisionPolicy, 'answer', relations['on the owner'](Role.COORDINATOR), ofPolicy),
    ).toBe(true);
    for (const action of actionsOf(supervisionPolicy))
      expect(permitted(supervisionPolicy, action, SYSTEM_ADMIN, supervision)).toBe(true);
  });
});

describe('oversight rules on an organization (recording a critique or a supervision it made)', () => {
  const place = { id: org.owner };
  type OrgAction = keyof typeof oversightOrganizationPolicy.actions | 'read';
  const on = {
    'on it': (role: Role) => holding(role, org.owner),
    'above it': (role: Role) => holding(role, org.aboveOwner, org.owner),
    elsewhere: (role: Role) => holding(role, org.elsewhere),
  };
  const TABLE: PolicyRow<OrgAction, keyof typeof on>[] = [
    ['read', 'on it', from(Role.VIEWER)],
    ['read', 'above it', from(Role.VIEWER)],
    ['read', 'elsewhere', from(Role.VIEWER)],
    ...(['recordSocialCritique', 'recordSupervision'] as const).flatMap(
      (action): PolicyRow<OrgAction, keyof typeof on>[] => [
        [action, 'on it', from(Role.COORDINATOR)],
        [action, 'above it', from(Role.COORDINATOR)],
        [action, 'elsewhere', NOBODY],
      ],
    ),
  ];
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(oversightOrganizationPolicy, action, on[relation](role), place)).toBe(allowed);
  });
  it('covers every action', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(oversightOrganizationPolicy));
  });
});
