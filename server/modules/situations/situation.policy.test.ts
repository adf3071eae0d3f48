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
  type SituationAccessView,
  situationOrganizationPolicy,
  situationPolicy,
  situationReportPolicy,
} from './situation.policy.js';

const org = ids('aboveOwner', 'owner', 'handler', 'aboveHandler', 'elsewhere');
const relations = {
  'on the opener': (role: Role) => holding(role, org.owner),
  'above the opener': (role: Role) => holding(role, org.aboveOwner, org.owner),
  'on a handler': (role: Role) => holding(role, org.handler),
  'above a handler': (role: Role) => holding(role, org.aboveHandler, org.handler),
  elsewhere: (role: Role) => holding(role, org.elsewhere),
};
type Relation = keyof typeof relations;
const situation: SituationAccessView = { id: 's', organizationId: org.owner, handlerIds: [org.handler] };
type Action = keyof typeof situationPolicy.actions | 'read';

/** COORDINATOR on the opener or a handler (or above). */
const eitherSide = (action: Action): PolicyRow<Action, Relation>[] => [
  [action, 'on the opener', from(Role.COORDINATOR)],
  [action, 'above the opener', from(Role.COORDINATOR)],
  [action, 'on a handler', from(Role.COORDINATOR)],
  [action, 'above a handler', from(Role.COORDINATOR)],
  [action, 'elsewhere', NOBODY],
];

const TABLE: PolicyRow<Action, Relation>[] = [
  ['read', 'on the opener', from(Role.VIEWER)],
  ['read', 'above the opener', from(Role.VIEWER)],
  ['read', 'on a handler', from(Role.VIEWER)],
  ['read', 'above a handler', from(Role.VIEWER)],
  ['read', 'elsewhere', NOBODY],
  ...eitherSide('changeStatus'),
  ...eitherSide('escalate'),
  ['startResponseProgram', 'on the opener', from(Role.COORDINATOR)],
  ['startResponseProgram', 'above the opener', from(Role.COORDINATOR)],
  ['startResponseProgram', 'on a handler', NOBODY],
  ['startResponseProgram', 'above a handler', NOBODY],
  ['startResponseProgram', 'elsewhere', NOBODY],
];

describe('complex situation policy', () => {
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(situationPolicy, action, relations[relation](role), situation)).toBe(allowed);
  });
  it('covers every action; a system administrator may do everything, a user without a role nothing', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(situationPolicy));
    for (const action of actionsOf(situationPolicy)) {
      expect(permitted(situationPolicy, action, SYSTEM_ADMIN, situation)).toBe(true);
      expect(permitted(situationPolicy, action, NO_ROLE, situation)).toBe(false);
    }
  });
});

describe('situation report policy and the rules on an organization', () => {
  it('lets any role on the reporting organization or above it read a report, no one else', () => {
    const report = { id: 'r', organizationId: org.owner };
    expect(permitted(situationReportPolicy, 'read', relations['on the opener'](Role.VIEWER), report)).toBe(
      true,
    );
    expect(permitted(situationReportPolicy, 'read', relations['above the opener'](Role.VIEWER), report)).toBe(
      true,
    );
    expect(permitted(situationReportPolicy, 'read', relations['on a handler'](Role.ADMIN), report)).toBe(
      false,
    );
  });

  const on = {
    'on it': (role: Role) => holding(role, org.owner),
    'above it': (role: Role) => holding(role, org.aboveOwner, org.owner),
    elsewhere: (role: Role) => holding(role, org.elsewhere),
  };
  type OrgAction = keyof typeof situationOrganizationPolicy.actions | 'read';
  const ORGANIZATION_TABLE: PolicyRow<OrgAction, keyof typeof on>[] = [
    ['read', 'on it', from(Role.VIEWER)],
    ['read', 'above it', from(Role.VIEWER)],
    ['read', 'elsewhere', from(Role.VIEWER)],
    ...(['reportSituation', 'openComplexSituation'] as const).flatMap(
      (action): PolicyRow<OrgAction, keyof typeof on>[] => [
        [action, 'on it', from(Role.COORDINATOR)],
        [action, 'above it', from(Role.COORDINATOR)],
        [action, 'elsewhere', NOBODY],
      ],
    ),
  ];
  it.each(policyCases(ORGANIZATION_TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(situationOrganizationPolicy, action, on[relation](role), { id: org.owner })).toBe(
      allowed,
    );
  });
  it('covers every action', () => {
    expect(actionsIn(ORGANIZATION_TABLE)).toEqual(actionsOf(situationOrganizationPolicy));
  });
});
