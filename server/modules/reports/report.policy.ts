import { Role } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';
import { reachRule } from '../../core/read-rule.js';
import type { SubmissionStatus } from './report.enums.js';

/** What the submission policy needs to know about a submission. */
export interface SubmissionAccessView {
  id: string;
  /** The reporting organization. */
  organizationId: string;
  /** Who approves: the form's fixed approver, else the organization above the reporter; null: none (system administrators). */
  approverId: string | null;
  status: SubmissionStatus;
}

/**
 * A submission is read by the reporting organization and those above it (a
 * role reaches down), by its approver, and by system administrators.
 * - edit (save the draft, submit, open a correction): MEMBER on the reporter (or above it);
 * - review (approve, return): COORDINATOR on the approver (or above it). Approving or
 *   returning one's own submission is refused by the commands.
 */
export const submissionPolicy = definePolicy<SubmissionAccessView, 'edit' | 'review'>(
  'ReportSubmission',
  reachRule<SubmissionAccessView>({
    role: Role.VIEWER,
    organizations: [
      { ids: (s) => [s.organizationId], at: [{ column: 'organization_id' }] },
      { ids: (s) => [s.approverId], at: [{ column: 'approver_id' }] },
    ],
  }),
  {
    edit: (access, s) => access.has(Role.MEMBER, s.organizationId),
    review: (access, s) => access.has(Role.COORDINATOR, s.approverId),
  },
);

/**
 * Rules of the reports module on an organization: opening its report (a
 * draft) needs MEMBER on it (`Organization.viewerCan.report`); defining
 * report forms and indicators of its own needs ADMIN on it
 * (`Organization.viewerCan.defineReports`).
 */
export const reportOrganizationPolicy = definePolicy<{ id: string }, 'report' | 'defineReports'>(
  'Organization',
  anyone,
  {
    report: (access, organization) => access.has(Role.MEMBER, organization.id),
    defineReports: (access, organization) => access.has(Role.ADMIN, organization.id),
  },
);
