import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { inTransaction } from '../../../core/transaction.js';
import { User } from '../../users/user.entity.js';
import { countIndicators, isCounted } from '../counted/registry.js';
import { ReportValidationRule } from '../indicator.entity.js';
import { parsePeriod, periodEnded } from '../periods.js';
import { IndicatorSource, SubmissionStatus } from '../report.enums.js';
import { ReportRefusal, refusedInput, refusedState } from '../report.errors.js';
import type { ReportChangeInput } from '../report.inputs.js';
import { brokenRule } from '../report-values.js';
import { type ReportSubmission, ReportValue } from '../submission.entity.js';
import {
  approverOf,
  assertEditable,
  assertRequired,
  type LoadedForm,
  loadFormById,
  loadOrganizationById,
  loadSubmissionToChange,
} from './load.js';
import { publishReportChanged } from './publish.js';

/**
 * Fills in the COUNTED values of the form from the records for the
 * organization and the period, replacing what an earlier submission froze;
 * returns every value of the submission by code.
 */
async function freezeCounted(
  em: EntityManager,
  submission: ReportSubmission,
  { indicators }: LoadedForm,
): Promise<Map<string, number>> {
  const counted = [...indicators.values()].filter((i) => i.source === IndicatorSource.COUNTED);
  const undefinedCode = counted.find((i) => !isCounted(i.code));
  // A programming error, not the user's: the definitions load with server/app/counted-indicators.ts.
  if (undefinedCode) throw new Error(`no counting definition is registered for ${undefinedCode.code}`);
  const counts = await countIndicators(
    em,
    counted.map((i) => i.code),
    [submission.organization.id],
    submission.periodStart,
    submission.periodEnd,
  );
  const rows = await em.find(ReportValue, { submission });
  const byIndicator = new Map(rows.map((r) => [r.indicator.id, r]));
  for (const indicator of counted) {
    const value = counts.get(indicator.code)?.get(submission.organization.id) ?? 0;
    const row = byIndicator.get(indicator.id);
    if (row) row.value = value;
    else {
      byIndicator.set(
        indicator.id,
        em.create(ReportValue, {
          submission,
          indicator: indicator.id,
          value,
          source: IndicatorSource.COUNTED,
        }),
      );
    }
  }
  const codeOf = new Map([...indicators.values()].map((i) => [i.id, i.code]));
  return new Map([...byIndicator].map(([id, row]) => [codeOf.get(id) ?? id, row.value]));
}

/**
 * Submits a report (DRAFT or RETURNED) to its approver: freezes the COUNTED
 * values from the records as they are now and checks the validation rules
 * between indicators. Who may: MEMBER on the reporting organization.
 * Refused, with nothing written: a period not yet ended, an organization no
 * longer required, a broken rule (named in `extensions.rule`), an approved or
 * already submitted report, a stale version.
 */
export async function submitReport(ctx: Context, input: ReportChangeInput): Promise<ReportSubmission> {
  return inTransaction(ctx, async (em) => {
    const { submission } = await loadSubmissionToChange(ctx, em, input, 'edit');
    assertEditable(submission);
    const loaded = await loadFormById(em, submission.form.id);
    const period = parsePeriod(loaded.form.periodType, submission.periodKey)!;
    if (!periodEnded(period, todayInVietnam())) {
      throw refusedState(ReportRefusal.PERIOD_NOT_ENDED, `the period ${period.key} ends on ${period.end}`, {
        field: 'periodKey',
        periodEnd: period.end,
      });
    }
    const organization = await loadOrganizationById(em, submission.organization.id);
    await assertRequired(em, loaded.form, organization, period.end);
    const values = await freezeCounted(em, submission, loaded);
    const rules = await em.find(ReportValidationRule, {}, { orderBy: { code: 'asc' } });
    const broken = brokenRule(rules, new Set(loaded.indicators.keys()), values);
    if (broken) {
      throw refusedInput(
        ReportRefusal.VALIDATION_RULE_FAILED,
        'values',
        `${broken.rule.nameVi} (${broken.left} / ${broken.right})`,
        { rule: broken.rule.code, ruleName: broken.rule.nameVi, left: broken.left, right: broken.right },
      );
    }
    submission.status = SubmissionStatus.SUBMITTED;
    submission.submittedAt = new Date();
    submission.firstSubmittedAt ??= submission.submittedAt;
    submission.submittedBy = ctx.viewer?.userId
      ? em.getReference(User, ctx.viewer.userId, { wrapped: true })
      : null;
    submission.approver = approverOf(loaded.form, organization);
    await em.flush();
    publishReportChanged(em, submission, 'SUBMITTED');
    return submission;
  });
}
