import { expect, it } from 'vitest';
import {
  describeOrganizationRules,
  describePolicy,
  each,
  from,
  holding,
  twoSides,
  permitted,
  Role,
  rule,
} from '../../../test/helpers/policies.js';
import {
  type SituationAccessView,
  situationOrganizationPolicy,
  situationPolicy,
  situationReportPolicy,
} from './situation.policy.js';

const { org, relations, ownerSide: OPENER, otherSide: HANDLER } = twoSides('the opener', 'a handler');
type Relation = keyof typeof relations;
const situation: SituationAccessView = { id: 's', organizationId: org.owner, handlerIds: [org.other] };

describePolicy('complex situation policy', {
  policy: situationPolicy,
  record: situation,
  relations,
  table: {
    // Reading: any role on the opener or a handler (or above).
    read: rule<Relation>(from(Role.VIEWER), ...OPENER, ...HANDLER),
    // COORDINATOR on the opener or a handler (or above).
    ...each(rule<Relation>(from(Role.COORDINATOR), ...OPENER, ...HANDLER), 'changeStatus', 'escalate'),
    // Editing its details and starting a response program: COORDINATOR on the opener (or above).
    ...each(rule<Relation>(from(Role.COORDINATOR), ...OPENER), 'update', 'startResponseProgram'),
  },
});

it('lets any role on the reporting organization or above it read a report, no one else', () => {
  const report = { id: 'r', organizationId: org.owner };
  const read = (access: ReturnType<typeof holding>) =>
    permitted(situationReportPolicy, 'read', access, report);
  expect(read(holding(Role.VIEWER, ...relations['on the opener']))).toBe(true);
  expect(read(holding(Role.VIEWER, ...relations['above the opener']))).toBe(true);
  expect(read(holding(Role.ADMIN, ...relations['on a handler']))).toBe(false);
});

// Reporting a situation or opening a complex one for an organization: COORDINATOR on it or above it.
describeOrganizationRules(
  'situation rules on an organization',
  situationOrganizationPolicy,
  each(rule(from(Role.COORDINATOR), 'on it', 'on its parent'), 'reportSituation', 'openComplexSituation'),
);
