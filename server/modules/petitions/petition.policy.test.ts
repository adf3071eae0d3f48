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
import { PetitionKind } from './petition.entity.js';
import { type PetitionAccessView, petitionOrganizationPolicy, petitionPolicy } from './petition.policy.js';

const org = ids('above', 'handler', 'former', 'concerned', 'elsewhere');
const complaint: PetitionAccessView = {
  id: 'petition',
  kind: PetitionKind.COMPLAINT,
  handler: { id: org.handler, parentId: org.above },
  handlerIds: [org.former, org.handler],
  concerns: null,
};
/** A denunciation about the handler's own organization, or about another one. */
const denunciation = (concerns: string): PetitionAccessView => ({
  ...complaint,
  kind: PetitionKind.DENUNCIATION,
  concerns: { id: concerns, parentId: concerns === org.handler ? org.above : null },
});

type Action = keyof typeof petitionPolicy.actions | 'read';
const relations = {
  'on the current handler': (role: Role) => holding(role, org.handler),
  'above the current handler': (role: Role) => holding(role, org.above, org.handler),
  'on a former handler': (role: Role) => holding(role, org.former),
  elsewhere: (role: Role) => holding(role, org.elsewhere),
};
type Relation = keyof typeof relations;

// Reading: any role on an organization that handled it, or above one. Handling: MEMBER on the current
// handler (or above); transferring: COORDINATOR. The petitioner: users OF the current handler only.
const TABLE: PolicyRow<Action, Relation>[] = [
  ['read', 'on the current handler', from(Role.VIEWER)],
  ['read', 'above the current handler', from(Role.VIEWER)],
  ['read', 'on a former handler', from(Role.VIEWER)],
  ['read', 'elsewhere', NOBODY],
  ['handle', 'on the current handler', from(Role.MEMBER)],
  ['handle', 'above the current handler', from(Role.MEMBER)],
  ['handle', 'on a former handler', NOBODY],
  ['handle', 'elsewhere', NOBODY],
  ['transfer', 'on the current handler', from(Role.COORDINATOR)],
  ['transfer', 'above the current handler', from(Role.COORDINATOR)],
  ['transfer', 'on a former handler', NOBODY],
  ['transfer', 'elsewhere', NOBODY],
  ['readPetitioner', 'on the current handler', from(Role.VIEWER)],
  ['readPetitioner', 'above the current handler', NOBODY],
  ['readPetitioner', 'on a former handler', NOBODY],
  ['readPetitioner', 'elsewhere', NOBODY],
];

describe('petition policy', () => {
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(petitionPolicy, action, relations[relation](role), complaint)).toBe(allowed);
  });

  it('covers every action of the policy', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(petitionPolicy));
  });

  it('lets a system administrator do everything, and a user without a role nothing', () => {
    for (const action of actionsOf(petitionPolicy)) {
      expect(permitted(petitionPolicy, action, SYSTEM_ADMIN, complaint), action).toBe(true);
      expect(permitted(petitionPolicy, action, NO_ROLE, complaint), action).toBe(false);
    }
  });

  it.each([
    [
      'the handler itself, to its own users',
      denunciation(org.handler),
      holding(Role.ADMIN, org.handler),
      false,
    ],
    [
      'another organization, to the handler',
      denunciation(org.concerned),
      holding(Role.ADMIN, org.handler),
      true,
    ],
    [
      'another organization, to a user of both',
      denunciation(org.concerned),
      holding(Role.ADMIN, org.handler, org.concerned),
      false,
    ],
    ['the handler itself, to a system administrator', denunciation(org.handler), SYSTEM_ADMIN, true],
  ])("hides a denunciation's petitioner when it is about %s → %s", (_name, petition, access, allowed) => {
    expect(petitionPolicy.actions.readPetitioner(access, petition)).toBe(allowed);
    // The rest of the petition stays readable and workable by the handler.
    expect(petitionPolicy.read(access, petition)).toBe(true);
  });
});

describe('receiving a petition for an organization', () => {
  const place = { id: org.handler };
  const on = {
    'on it': (role: Role) => holding(role, org.handler),
    'above it': (role: Role) => holding(role, org.above, org.handler),
    elsewhere: (role: Role) => holding(role, org.elsewhere),
  };
  type On = keyof typeof on;
  type OrgAction = keyof typeof petitionOrganizationPolicy.actions | 'read';
  const ORGANIZATION_TABLE: PolicyRow<OrgAction, On>[] = [
    ['read', 'on it', from(Role.VIEWER)],
    ['read', 'above it', from(Role.VIEWER)],
    ['read', 'elsewhere', from(Role.VIEWER)],
    ['receivePetition', 'on it', from(Role.MEMBER)],
    ['receivePetition', 'above it', from(Role.MEMBER)],
    ['receivePetition', 'elsewhere', NOBODY],
  ];

  it.each(policyCases(ORGANIZATION_TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(petitionOrganizationPolicy, action, on[relation](role), place)).toBe(allowed);
  });

  it('covers every action, and lets a system administrator do everything', () => {
    expect(actionsIn(ORGANIZATION_TABLE)).toEqual(actionsOf(petitionOrganizationPolicy));
    for (const action of actionsOf(petitionOrganizationPolicy))
      expect(permitted(petitionOrganizationPolicy, action, SYSTEM_ADMIN, place), action).toBe(true);
  });
});
