import { NotificationKind } from '../notifications/notification.entity.js';
import { noticeOn } from '../notifications/notices.js';

/** What happened to a periodic report, as `REPORT_CHANGED` says it. */
export type ReportChange = 'SAVED' | 'SUBMITTED' | 'APPROVED' | 'RETURNED' | 'CORRECTED';

/** The payload of `REPORT_CHANGED`: ids only. */
export interface ReportChanged {
  submissionId: string;
  /** The reporting organization and its approver (those whose roles may read it). */
  organizationIds: string[];
  approverId: string | null;
  change: ReportChange;
  /** People told in person (the submitter, when returned). */
  personIds: string[];
}

declare module '../../core/pubsub.js' {
  interface Events {
    /** A periodic report was saved, submitted, approved, returned or corrected. */
    REPORT_CHANGED: [ReportChanged];
  }
}

/**
 * Who hears about a report: on submission, the role holders of the approver
 * (it has a report to review); on return, the role holders of the reporting
 * organization and the person who submitted it (with the approver's comment).
 */
noticeOn('REPORT_CHANGED', async (em, { submissionId, change, approverId, organizationIds, personIds }) => {
  if (change !== 'SUBMITTED' && change !== 'RETURNED') return null;
  if (change === 'SUBMITTED' && !approverId) return null;
  const [row] = await em.execute<{ name: string; period_key: string; return_comment: string | null }[]>(
    `select f.name, s.period_key, s.return_comment
       from report_submission s join report_form f on f.id = s.form_id where s.id = ?`,
    [submissionId],
  );
  const what = row ? `${row.name} kỳ ${row.period_key}` : '';
  return change === 'SUBMITTED'
    ? {
        kind: NotificationKind.REPORT_SUBMITTED,
        title: `Báo cáo chờ duyệt: ${what}`,
        body: null,
        subjectType: 'ReportSubmission',
        subjectId: submissionId,
        recipients: { organizationIds: [approverId!], personIds: [] },
      }
    : {
        kind: NotificationKind.REPORT_RETURNED,
        title: `Báo cáo bị trả lại: ${what}`,
        body: row?.return_comment ?? null,
        subjectType: 'ReportSubmission',
        subjectId: submissionId,
        recipients: { organizationIds: organizationIds.slice(0, 1), personIds },
      };
});
