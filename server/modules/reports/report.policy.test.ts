import {
  describeOrganizationRules,
  describePolicy,
  ids,
  onOrAbove,
  rule,
} from '../../../test/helpers/policies.js';
import { Role } from '../../core/access.js';
import { SubmissionStatus } from './report.enums.js';
import { reportOrganizationPolicy, type SubmissionAccessView, submissionPolicy } from './report.policy.js';

const org = ids('aboveApprover', 'approver', 'reporter', 'sibling', 'elsewhere');
const submission = {
  id: 'submission',
  organizationId: org.reporter,
  approverId: org.approver,
  status: SubmissionStatus.SUBMITTED,
} satisfies SubmissionAccessView;

// A role reaches down: the approver is above the reporter, so a role on it reaches the reporter too.
const approver = onOrAbove('the approver', org.aboveApprover, org.approver, org.reporter);
const relations = {
  'on the reporter': [org.reporter],
  ...approver.relations,
  'on a sibling': [org.sibling],
  elsewhere: [org.elsewhere],
};
type Relation = keyof typeof relations;

describePolicy('submission policy', {
  policy: submissionPolicy,
  record: submission,
  relations,
  table: {
    // Reading: any role on the reporter or its approver (or above them).
    read: rule<Relation>(Role.VIEWER, 'on the reporter', ...approver.atOrAbove),
    // Editing (save, submit, correct): MEMBER on the reporter or above it.
    edit: rule<Relation>(Role.MEMBER, 'on the reporter', ...approver.atOrAbove),
    // Reviewing (approve, return): COORDINATOR on the approver or above it.
    review: rule<Relation>(Role.COORDINATOR, ...approver.atOrAbove),
  },
});

// Opening an organization's report: MEMBER on it or above it; defining forms and indicators: ADMIN.
describeOrganizationRules('reporting for an organization', reportOrganizationPolicy, {
  report: Role.MEMBER,
  defineReports: Role.ADMIN,
});
