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
import { ParticipantRole } from './participant.entity.js';
import { programOrganizationPolicy, programPolicy, type ProgramAccessView } from './program.policy.js';

const org = ids('aboveOwner', 'owner', 'lead', 'coLead', 'partner', 'observer', 'formerLead', 'elsewhere');
const program: ProgramAccessView = {
  id: 'program',
  ownerId: org.owner,
  participants: [
    { organizationId: org.lead, role: ParticipantRole.LEAD, current: true },
    { organizationId: org.coLead, role: ParticipantRole.CO_LEAD, current: true },
    { organizationId: org.partner, role: ParticipantRole.PARTNER, current: true },
    { organizationId: org.observer, role: ParticipantRole.OBSERVER, current: true },
    { organizationId: org.formerLead, role: ParticipantRole.LEAD, current: false },
  ],
};

type Action = keyof typeof programPolicy.actions | 'read';
const relations = {
  'on the owner': (role: Role) => holding(role, org.owner),
  'above the owner': (role: Role) => holding(role, org.aboveOwner, org.owner),
  'on a current LEAD': (role: Role) => holding(role, org.lead),
  'on a current CO_LEAD': (role: Role) => holding(role, org.coLead),
  'on a PARTNER': (role: Role) => holding(role, org.partner),
  'on an OBSERVER': (role: Role) => holding(role, org.observer),
  'on a former LEAD': (role: Role) => holding(role, org.formerLead),
  elsewhere: (role: Role) => holding(role, org.elsewhere),
};
type Relation = keyof typeof relations;

// Reading: any role on an organization that takes or took part (or above it).
// Running (every action): COORDINATOR on the owner or a current LEAD / CO_LEAD (or above them).
const runs = (action: Action): PolicyRow<Action, Relation>[] => [
  [action, 'on the owner', from(Role.COORDINATOR)],
  [action, 'above the owner', from(Role.COORDINATOR)],
  [action, 'on a current LEAD', from(Role.COORDINATOR)],
  [action, 'on a current CO_LEAD', from(Role.COORDINATOR)],
  [action, 'on a PARTNER', NOBODY],
  [action, 'on an OBSERVER', NOBODY],
  [action, 'on a former LEAD', NOBODY],
  [action, 'elsewhere', NOBODY],
];

const TABLE: PolicyRow<Action, Relation>[] = [
  ['read', 'on the owner', from(Role.VIEWER)],
  ['read', 'above the owner', from(Role.VIEWER)],
  ['read', 'on a current LEAD', from(Role.VIEWER)],
  ['read', 'on a current CO_LEAD', from(Role.VIEWER)],
  ['read', 'on a PARTNER', from(Role.VIEWER)],
  ['read', 'on an OBSERVER', from(Role.VIEWER)],
  ['read', 'on a former LEAD', from(Role.VIEWER)],
  ['read', 'elsewhere', NOBODY],
  ...runs('update'),
  ...runs('changeStatus'),
  ...runs('manageParticipants'),
  ...runs('postUpdate'),
  ...runs('createTask'),
];

describe('program policy', () => {
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(programPolicy, action, relations[relation](role), program)).toBe(allowed);
  });

  it('covers every action of the policy', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(programPolicy));
  });

  it('lets a system administrator do everything, and a user without a role nothing', () => {
    for (const action of actionsOf(programPolicy)) {
      expect(permitted(programPolicy, action, SYSTEM_ADMIN, program), action).toBe(true);
      expect(permitted(programPolicy, action, NO_ROLE, program), action).toBe(false);
    }
  });
});

describe('program rules on an organization (creating a program, posting in its name)', () => {
  const place = { id: org.owner };
  const on = {
    'on it': (role: Role) => holding(role, org.owner),
    'above it': (role: Role) => holding(role, org.aboveOwner, org.owner),
    elsewhere: (role: Role) => holding(role, org.elsewhere),
  };
  type On = keyof typeof on;
  type OrgAction = keyof typeof programOrganizationPolicy.actions | 'read';
  const ORGANIZATION_TABLE: PolicyRow<OrgAction, On>[] = [
    ['read', 'on it', from(Role.VIEWER)],
    ['read', 'above it', from(Role.VIEWER)],
    ['read', 'elsewhere', from(Role.VIEWER)],
    ['createProgram', 'on it', from(Role.COORDINATOR)],
    ['createProgram', 'above it', from(Role.COORDINATOR)],
    ['createProgram', 'elsewhere', NOBODY],
    ['postUpdateFor', 'on it', from(Role.COORDINATOR)],
    ['postUpdateFor', 'above it', from(Role.COORDINATOR)],
    ['postUpdateFor', 'elsewhere', NOBODY],
  ];

  it.each(policyCases(ORGANIZATION_TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(programOrganizationPolicy, action, on[relation](role), place)).toBe(allowed);
  });

  it('covers every action, and lets a system administrator do everything', () => {
    expect(actionsIn(ORGANIZATION_TABLE)).toEqual(actionsOf(programOrganizationPolicy));
    for (const action of actionsOf(programOrganizationPolicy))
      expect(permitted(programOrganizationPolicy, action, SYSTEM_ADMIN, place), action).toBe(true);
  });
});
