import { expect, it } from 'vitest';
import {
  describeOrganizationRules,
  describePolicy,
  each,
  permitted,
  Role,
  rule,
  twoSides,
} from '../../../test/helpers/policies.js';
import {
  type SituationAccessView,
  situationOrganizationPolicy,
  situationPolicy,
  situationReportPolicy,
} from './situation.policy.js';

const sides = twoSides('the opener', 'a handler');
const { org, relations, ownerSide: OPENER, otherSide: HANDLER } = sides;
type Relation = keyof typeof relations;
const situation: SituationAccessView = { id: 's', organizationId: org.owner, handlerIds: [org.other] };

describePolicy('complex situation policy', {
  policy: situationPolicy,
  record: situation,
  relations,
  table: {
    // Reading: any role on the opener or a handler (or above).
    read: rule<Relation>(Role.VIEWER, ...OPENER, ...HANDLER),
    // COORDINATOR on the opener or a handler (or above).
    ...each(rule<Relation>(Role.COORDINATOR, ...OPENER, ...HANDLER), 'changeStatus', 'escalate'),
    // Editing its details and starting a response program: COORDINATOR on the opener (or above).
    ...each(rule<Relation>(Role.COORDINATOR, ...OPENER), 'update', 'startResponseProgram'),
  },
});

it('lets any role on the reporting organization or above it read a report, no one else', () => {
  const report = { id: 'r', organizationId: org.owner };
  const read = (access: ReturnType<typeof sides.holdingIn>) =>
    permitted(situationReportPolicy, 'read', access, report);
  expect(read(sides.holdingIn(Role.VIEWER, 'on the opener'))).toBe(true);
  expect(read(sides.holdingIn(Role.VIEWER, 'above the opener'))).toBe(true);
  expect(read(sides.holdingIn(Role.ADMIN, 'on a handler'))).toBe(false);
});

// Reporting a situation or opening a complex one for an organization: COORDINATOR on it or above it.
describeOrganizationRules('situation rules on an organization', situationOrganizationPolicy, {
  reportSituation: Role.COORDINATOR,
  openComplexSituation: Role.COORDINATOR,
});
