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
import { programPolicy, type ProgramAccessView } from './program.policy.js';

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
