import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorizeAtVersion } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { dueDate, parsePeriod } from '../periods.js';
import { IndicatorSource } from '../report.enums.js';
import { ReportRefusal, refusedInput, refusedState } from '../report.errors.js';
import type { SaveReportDraftInput } from '../report.inputs.js';
import { reportOrganizationPolicy } from '../report.policy.js';
import { checkEnteredValue } from '../report-values.js';
import { ReportSubmission, ReportValue } from '../submission.entity.js';
import { approverOf, assertEditable, assertRequired, loadForm, loadOrganizationById } from './load.js';
import { publishReportChanged } from './publish.js';

/**
 * Saves the typed (ENTERED) values of an organization's report on a form for
 * a period, opening the report as a DRAFT when there is none. Who may:
 * MEMBER on the organization (or above it). Refused: a period key not of the
 * form's period type, an organization the form does not require, a value of
 * an indicator not on the form or not typed in, a negative or fractional
 * count, a percentage over 100, an approved (locked) or submitted report, a
 * form no longer in use, a stale `expectedVersion` (none sent: not checked).
 * A null value clears it.
 */
export async function saveReportDraft(ctx: Context, input: SaveReportDraftInput): Promise<ReportSubmission> {
  const organizationId = fromGlobalId(input.organizationId, 'Organization', 'organizationId');
  return inTransaction(ctx, async (em) => {
    const organization = await loadOrganizationById(em, organizationId, input.organizationId);
    const { form, indicators } = await loadForm(em, input.formId);
    const period = parsePeriod(form.periodType, input.periodKey);
    if (!period) {
      throw refusedInput(
        ReportRefusal.PERIOD_TYPE_MISMATCH,
        'periodKey',
        `${input.periodKey} is not a ${form.periodType} period`,
        { periodType: form.periodType },
      );
    }
    // Concurrent first saves of one report take turns (the row to lock does not exist yet), so the
    // later one finds the report the earlier one opened instead of failing on the one-current index.
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [
      `report_submission:${form.id}:${organization.id}:${period.key}`,
    ]);
    let submission = await em.findOne(
      ReportSubmission,
      { form, organization, periodKey: period.key, current: true },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    // No open report is version 0; a client that sends no version (a first save, or one that
    // does not track it) is not checked: its save applies to the report as it is, under the row lock.
    await authorizeAtVersion(
      ctx,
      reportOrganizationPolicy,
      'report',
      { id: organization.id },
      { record: submission ?? { version: 0 }, expectedVersion: input.expectedVersion, what: 'report' },
    );
    if (!form.active) throw refusedState(ReportRefusal.FORM_INACTIVE, `${form.name} is no longer in use`);
    await assertRequired(em, form, organization, period.end);
    const checked = input.values.map((v) => ({
      indicator: checkEnteredValue(indicators, v.indicatorCode, v.value),
      value: v.value,
    }));
    if (submission) assertEditable(submission);
    else {
      submission = em.create(ReportSubmission, {
        form,
        organization,
        area: organization.area,
        periodKey: period.key,
        periodStart: period.start,
        periodEnd: period.end,
        dueOn: dueDate(period, form.deadlineDays),
      });
    }
    submission.approver = approverOf(form, organization);
    const existing = new Map(
      (await em.find(ReportValue, { submission, source: IndicatorSource.ENTERED })).map((v) => [
        v.indicator.id,
        v,
      ]),
    );
    for (const { indicator, value } of checked) {
      const row = existing.get(indicator.id);
      if (value === null) {
        if (row) em.remove(row);
      } else if (row) {
        row.value = value;
      } else {
        existing.set(
          indicator.id,
          em.create(ReportValue, {
            submission,
            indicator: indicator.id,
            value,
            source: IndicatorSource.ENTERED,
          }),
        );
      }
    }
    // A change of values alone must still raise the version (the optimistic lock covers the values).
    submission.updatedAt = new Date();
    await em.flush();
    publishReportChanged(em, submission, 'SAVED');
    return submission;
  });
}
