import { expect, it } from 'vitest';
import {
  describeOrganizationRules,
  describePolicy,
  permitted,
  Role,
  rule,
  twoSides,
} from '../../../test/helpers/policies.js';
import {
  type CritiqueAccessView,
  critiquePolicy,
  oversightOrganizationPolicy,
  type SupervisionAccessView,
  supervisionPolicy,
} from './oversight.policy.js';

const sides = twoSides('the owner', 'the other side');
const { org, relations, ownerSide: OWNER, otherSide: OTHER_SIDE } = sides;
type Relation = keyof typeof relations;

/** Read: any role on either side or above it. */
const reads = rule<Relation>(Role.VIEWER, ...OWNER, ...OTHER_SIDE);

const critique: CritiqueAccessView = {
  id: 'c',
  organizationId: org.owner,
  draftingOrganizationId: org.other,
};
describePolicy('social critique policy (owner: the critiquing organization; other side: the drafting body)', {
  policy: critiquePolicy,
  record: critique,
  relations,
  table: {
    read: reads,
    update: rule<Relation>(Role.COORDINATOR, ...OWNER),
    answer: rule<Relation>(Role.COORDINATOR, ...OTHER_SIDE),
  },
});

const supervision: SupervisionAccessView = {
  id: 's',
  organizationId: org.owner,
  subjectOrganizationId: org.other,
};
describePolicy('supervision policy (owner: the supervising organization; other side: the supervised one)', {
  policy: supervisionPolicy,
  record: supervision,
  relations,
  table: {
    read: reads,
    update: rule<Relation>(Role.COORDINATOR, ...OWNER),
    answer: rule<Relation>(Role.COORDINATOR, ...OWNER, ...OTHER_SIDE),
    turnIntoTask: rule<Relation>(Role.COORDINATOR, ...OWNER),
  },
});

it('lets only the owner side read and answer a supervision without a supervised organization', () => {
  const ofPolicy = { ...supervision, subjectOrganizationId: null };
  expect(
    permitted(supervisionPolicy, 'read', sides.holdingIn(Role.ADMIN, 'on the other side'), ofPolicy),
  ).toBe(false);
  expect(
    permitted(supervisionPolicy, 'answer', sides.holdingIn(Role.COORDINATOR, 'on the owner'), ofPolicy),
  ).toBe(true);
});

// Recording a critique or a supervision an organization made: COORDINATOR on it or above it.
describeOrganizationRules(
  'oversight rules on an organization (recording a critique or a supervision it made)',
  oversightOrganizationPolicy,
  { recordSocialCritique: Role.COORDINATOR, recordSupervision: Role.COORDINATOR },
);
