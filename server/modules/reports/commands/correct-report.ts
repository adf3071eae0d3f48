import type { Context } from '../../../core/context.js';
import { inTransaction } from '../../../core/transaction.js';
import { IndicatorSource, SubmissionStatus } from '../report.enums.js';
import { ReportRefusal, refusedState } from '../report.errors.js';
import type { CorrectReportInput } from '../report.inputs.js';
import { ReportSubmission, ReportValue } from '../submission.entity.js';
import { publishReportChanged } from './publish.js';
import { loadSubmissionToChange } from './load.js';

/**
 * Opens a correction of an approved report: a new version (DRAFT, the next
 * revision, with the reason and the typed values of the approved one) that
 * replaces it once approved; the approved one stays readable (`current`
 * false). Who may: MEMBER on the reporting organization.
 */
export async function correctReport(ctx: Context, input: CorrectReportInput): Promise<ReportSubmission> {
  return inTransaction(ctx, async (em) => {
    const { submission: old } = await loadSubmissionToChange(ctx, em, input, 'edit');
    if (old.status !== SubmissionStatus.APPROVED || !old.current) {
      throw refusedState(
        ReportRefusal.WRONG_STATUS,
        'only the approved, current version of a report is corrected',
        {
          status: old.status,
        },
      );
    }
    old.current = false;
    // The replaced version leaves the one-current index before the new one enters it.
    await em.flush();
    const correction = em.create(ReportSubmission, {
      form: old.form,
      organization: old.organization,
      area: old.area,
      approver: old.approver,
      periodKey: old.periodKey,
      periodStart: old.periodStart,
      periodEnd: old.periodEnd,
      dueOn: old.dueOn,
      revision: old.revision + 1,
      corrects: old,
      correctionReason: input.reason,
      firstSubmittedAt: old.firstSubmittedAt,
    });
    for (const value of await em.find(ReportValue, { submission: old, source: IndicatorSource.ENTERED })) {
      em.create(ReportValue, {
        submission: correction,
        indicator: value.indicator,
        value: value.value,
        source: IndicatorSource.ENTERED,
      });
    }
    await em.flush();
    publishReportChanged(em, correction, 'CORRECTED');
    return correction;
  });
}
