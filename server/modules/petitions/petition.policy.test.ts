import { expect, it } from 'vitest';
import {
  describeOrganizationRules,
  describePolicy,
  from,
  holding,
  ids,
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

const relations = {
  'on the current handler': [org.handler],
  'above the current handler': [org.above, org.handler],
  'on a former handler': [org.former],
  elsewhere: [org.elsewhere],
};
type Relation = keyof typeof relations;

/** At or above the current handler. */
const HANDLER: Relation[] = ['on the current handler', 'above the current handler'];

describePolicy('petition policy', {
  policy: petitionPolicy,
  record: complaint,
  relations,
  table: {
    // Reading: any role on an organization that handled it, or above one.
    read: rule<Relation>(from(Role.VIEWER), ...HANDLER, 'on a former handler'),
    // Handling: MEMBER on the current handler (or above); transferring: COORDINATOR.
    handle: rule<Relation>(from(Role.MEMBER), ...HANDLER),
    transfer: rule<Relation>(from(Role.COORDINATOR), ...HANDLER),
    // The petitioner: users OF the current handler only.
    readPetitioner: rule<Relation>(from(Role.VIEWER), 'on the current handler'),
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
  receivePetition: rule(from(Role.MEMBER), 'on it', 'on its parent'),
});
