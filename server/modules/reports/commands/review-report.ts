import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { DomainError, ErrorCode } from '../../../core/errors.js';
import { inTransaction } from '../../../core/transaction.js';
import { User } from '../../users/user.entity.js';
import { SubmissionStatus } from '../report.enums.js';
import { ReportRefusal, refusedState } from '../report.errors.js';
import type { ReportChangeInput, ReturnReportInput } from '../report.inputs.js';
import { applyApprovedToRollup } from '../rollup/rollup.maintain.js';
import type { ReportSubmission } from '../submission.entity.js';
import { loadSubmissionToChange } from './load.js';
import { publishReportChanged } from './publish.js';

/**
 * Loads a SUBMITTED report for review by its approver (COORDINATOR on it):
 * CONFLICT when approved already (LOCKED) or not submitted, FORBIDDEN
 * (OWN_SUBMISSION) when the viewer submitted it.
 */
async function loadForReview(
  ctx: Context,
  em: EntityManager,
  input: ReportChangeInput,
): Promise<ReportSubmission> {
  const { submission } = await loadSubmissionToChange(ctx, em, input, 'review');
  if (submission.status === SubmissionStatus.APPROVED) {
    throw refusedState(ReportRefusal.LOCKED, 'the report is approved already', { status: submission.status });
  }
  if (submission.status !== SubmissionStatus.SUBMITTED) {
    throw refusedState(ReportRefusal.WRONG_STATUS, `a ${submission.status} report cannot be reviewed`, {
      status: submission.status,
    });
  }
  const userId = ctx.viewer?.userId;
  if (userId && submission.submittedBy?.id === userId) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'you may not review a report you submitted', {
      reason: ReportRefusal.OWN_SUBMISSION,
    });
  }
  return submission;
}

/** Approves a submitted report: it is locked (a change is a correction, a new version). */
export async function approveReport(ctx: Context, input: ReportChangeInput): Promise<ReportSubmission> {
  return inTransaction(ctx, async (em) => {
    const submission = await loadForReview(ctx, em, input);
    submission.status = SubmissionStatus.APPROVED;
    submission.approvedAt = new Date();
    submission.approvedBy = ctx.viewer?.userId
      ? em.getReference(User, ctx.viewer.userId, { wrapped: true })
      : null;
    await em.flush();
    await applyApprovedToRollup(em, [submission.id]);
    publishReportChanged(em, submission, 'APPROVED');
    return submission;
  });
}

/** Returns a submitted report to its organization with a comment; it is editable again. */
export async function returnReport(ctx: Context, input: ReturnReportInput): Promise<ReportSubmission> {
  return inTransaction(ctx, async (em) => {
    const submission = await loadForReview(ctx, em, input);
    submission.status = SubmissionStatus.RETURNED;
    submission.returnedAt = new Date();
    submission.returnedBy = ctx.viewer?.userId
      ? em.getReference(User, ctx.viewer.userId, { wrapped: true })
      : null;
    submission.returnComment = input.comment;
    const submitter = submission.submittedBy ? await em.findOne(User, submission.submittedBy.id) : null;
    await em.flush();
    publishReportChanged(em, submission, 'RETURNED', submitter ? [submitter.person.id] : []);
    return submission;
  });
}
