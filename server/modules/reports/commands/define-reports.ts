import type { Context } from '../../../core/context.js';
import { badInput, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { ReportIndicator } from '../indicator.entity.js';
import { ReportForm, ReportFormIndicator, ReportFormRequirement } from '../report-form.entity.js';
import { IndicatorAggregation, IndicatorSource } from '../report.enums.js';
import type { CreateReportFormInput, CreateReportIndicatorInput } from '../report.inputs.js';
import { reportOrganizationPolicy } from '../report.policy.js';
import { loadOrganizationById } from './load.js';

/**
 * Adds an indicator of an organization's own (a province's): ENTERED, or
 * DERIVED as the ratio of two existing indicators (recomputed from their sums
 * when rolled up). COUNTED indicators are defined by the code. Who may: ADMIN
 * on the organization. A code in use is CONFLICT.
 */
export async function createReportIndicator(
  ctx: Context,
  input: CreateReportIndicatorInput,
): Promise<ReportIndicator> {
  if (input.source === IndicatorSource.COUNTED) {
    throw badInput('source', 'COUNTED indicators are defined by the code that counts them');
  }
  const derived = input.source === IndicatorSource.DERIVED;
  if (derived !== !!(input.numeratorCode && input.denominatorCode)) {
    throw badInput('numeratorCode', 'a DERIVED indicator, and only one, names its numerator and denominator');
  }
  const ownerId = fromGlobalId(input.ownerOrganizationId, 'Organization', 'ownerOrganizationId');
  return inTransaction(ctx, async (em) => {
    const owner = await loadOrganizationById(em, ownerId, input.ownerOrganizationId);
    await authorize(ctx, reportOrganizationPolicy, 'defineReports', { id: owner.id });
    if (derived) {
      const parts = await em.count(ReportIndicator, {
        code: { $in: [input.numeratorCode!, input.denominatorCode!] },
      });
      if (parts !== new Set([input.numeratorCode, input.denominatorCode]).size) {
        throw badInput('numeratorCode', 'the numerator and denominator must be existing indicators');
      }
    }
    const indicator = em.create(ReportIndicator, {
      code: input.code,
      nameVi: input.nameVi,
      nameEn: input.nameEn,
      unit: input.unit,
      source: input.source,
      aggregation: derived ? IndicatorAggregation.RATIO : IndicatorAggregation.SUM,
      numeratorCode: derived ? input.numeratorCode! : null,
      denominatorCode: derived ? input.denominatorCode! : null,
      description: input.description ?? null,
      owner,
    });
    await em.flush();
    return indicator;
  });
}

/**
 * Defines a report form of an organization: its indicators in order (each
 * once), who must submit it, the deadline and, optionally, a fixed approver.
 * Who may: ADMIN on the organization. A code in use is CONFLICT.
 */
export async function createReportForm(ctx: Context, input: CreateReportFormInput): Promise<ReportForm> {
  const codes = input.indicators.map((i) => i.indicatorCode);
  if (new Set(codes).size !== codes.length)
    throw badInput('indicators', 'each indicator appears once on a form');
  const ownerId = fromGlobalId(input.ownerOrganizationId, 'Organization', 'ownerOrganizationId');
  const approverId = input.approverId ? fromGlobalId(input.approverId, 'Organization', 'approverId') : null;
  return inTransaction(ctx, async (em) => {
    const owner = await loadOrganizationById(em, ownerId, input.ownerOrganizationId);
    await authorize(ctx, reportOrganizationPolicy, 'defineReports', { id: owner.id });
    const approver = approverId ? await loadOrganizationById(em, approverId, input.approverId!) : null;
    const indicators = new Map(
      (await em.find(ReportIndicator, { code: { $in: codes } })).map((i) => [i.code, i]),
    );
    const unknown = codes.find((c) => !indicators.has(c));
    if (unknown) throw notFound('ReportIndicator', unknown);
    const form = em.create(ReportForm, {
      code: input.code,
      name: input.name,
      nameEn: input.nameEn ?? null,
      periodType: input.periodType,
      deadlineDays: input.deadlineDays,
      owner,
      approver,
    });
    input.indicators.forEach((item, position) =>
      em.create(ReportFormIndicator, {
        form,
        indicator: indicators.get(item.indicatorCode)!,
        position,
        section: item.section ?? null,
      }),
    );
    const seen = new Set<string>();
    for (const r of input.requirements) {
      const key = `${r.organizationKind}:${r.areaLevel}`;
      if (seen.has(key)) continue;
      seen.add(key);
      em.create(ReportFormRequirement, {
        form,
        organizationKind: r.organizationKind,
        areaLevel: r.areaLevel,
      });
    }
    await em.flush();
    return form;
  });
}
