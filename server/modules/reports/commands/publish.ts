import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../../core/domain-events.js';
// Loaded with the publisher: it declares who hears about REPORT_CHANGED (`noticeOn`).
import '../report.events.js';
import type { ReportChange } from '../report.events.js';
import type { ReportSubmission } from '../submission.entity.js';

/**
 * Records a change of a submission in the transaction (ids only): the
 * reporter and the approver may see it; `personIds` are people to tell in
 * person (the submitter, on a return).
 */
export function publishReportChanged(
  em: EntityManager,
  submission: ReportSubmission,
  change: ReportChange,
  personIds: string[] = [],
): void {
  const approverId = submission.approver?.id ?? null;
  recordEvent(em, 'REPORT_CHANGED', {
    submissionId: submission.id,
    organizationIds: [submission.organization.id, ...(approverId ? [approverId] : [])],
    approverId,
    change,
    personIds,
  });
}
