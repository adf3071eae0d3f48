import { expect, it } from 'vitest';
import {
  describeOrganizationRules,
  describePolicy,
  holding,
  ids,
  onOrAbove,
  Role,
  rule,
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

/** At or above the current handler. */
const handler = onOrAbove('the current handler', org.above, org.handler);
const relations = { ...handler.relations, 'on a former handler': [org.former], elsewhere: [org.elsewhere] };
type Relation = keyof typeof relations;

describePolicy('petition policy', {
  policy: petitionPolicy,
  record: complaint,
  relations,
  table: {
    // Reading: any role on an organization that handled it, or above one.
    read: rule<Relation>(Role.VIEWER, ...handler.atOrAbove, 'on a former handler'),
    // Handling: MEMBER on the current handler (or above); transferring: COORDINATOR.
    handle: rule<Relation>(Role.MEMBER, ...handler.atOrAbove),
    transfer: rule<Relation>(Role.COORDINATOR, ...handler.atOrAbove),
    // The petitioner: users OF the current handler only.
    readPetitioner: rule<Relation>(Role.VIEWER, 'on the current handler'),
  },
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

// Receiving a petition for an organization: MEMBER on it or above it.
describeOrganizationRules('receiving a petition for an organization', petitionOrganizationPolicy, {
  receivePetition: Role.MEMBER,
});
