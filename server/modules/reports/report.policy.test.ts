import {
  describeOrganizationRules,
  describePolicy,
  from,
  ids,
  Role,
  rule,
} from '../../../test/helpers/policies.js';
import { SubmissionStatus } from './report.enums.js';
import { reportOrganizationPolicy, type SubmissionAccessView, submissionPolicy } from './report.policy.js';

const org = ids('aboveApprover', 'approver', 'reporter', 'sibling', 'elsewhere');
const submission: SubmissionAccessView = {
  id: 'submission',
  organizationId: org.reporter,
  approverId: org.approver,
  status: SubmissionStatus.SUBMITTED,
};

// A role reaches down: the approver is above the reporter, so a role on it reaches the reporter too.
const relations = {
  'on the reporter': [org.reporter],
  'on the approver': [org.approver, org.reporter],
  'above the approver': [org.aboveApprover, org.approver, org.reporter],
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
    read: rule<Relation>(from(Role.VIEWER), 'on the reporter', 'on the approver', 'above the approver'),
    // Editing (save, submit, correct): MEMBER on the reporter or above it.
    edit: rule<Relation>(from(Role.MEMBER), 'on the reporter', 'on the approver', 'above the approver'),
    // Reviewing (approve, return): COORDINATOR on the approver or above it.
    review: rule<Relation>(from(Role.COORDINATOR), 'on the approver', 'above the approver'),
  },
});

// Opening an organization's report: MEMBER on it or above it; defining forms and indicators: ADMIN.
describeOrganizationRules('reporting for an organization', reportOrganizationPolicy, {
  report: rule(from(Role.MEMBER), 'on it', 'on its parent'),
  defineReports: rule(from(Role.ADMIN), 'on it', 'on its parent'),
});
