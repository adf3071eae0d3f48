import { loader, type Context, type LoaderFactory } from '../../core/context.js';
import { byId, groupBy } from '../../core/loaders.js';
import { type Plain, type Row, toPlain } from '../../core/read/rows.js';
import { ReportIndicator } from './indicator.entity.js';
import { ReportForm } from './report-form.entity.js';
import type { AreaLevel } from '../areas/area.entity.js';
import type { OrganizationKind } from '../organizations/organization.entity.js';
import { loadSubmissionAccessViews } from './report.access.js';
import type { IndicatorSource } from './report.enums.js';
import { type SubmissionAccessView, submissionPolicy } from './report.policy.js';
import { ReportSubmission } from './submission.entity.js';

/** Forms by id (every signed-in user reads forms). */
export const formById: LoaderFactory<string, Plain<ReportForm> | null> = byId(ReportForm);

/** Submissions by id (visibility is the caller's business: see `readableSubmission`). */
export const submissionById: LoaderFactory<string, Plain<ReportSubmission> | null> = byId(ReportSubmission);

/** The policy view of each submission, one query per batch; null when missing. */
export const submissionAccessViewById: LoaderFactory<string, SubmissionAccessView | null> =
  (ctx: Context) => async (ids) => {
    const views = await loadSubmissionAccessViews(ctx.em, ids);
    return ids.map((id) => views.get(id) ?? null);
  };

/** An indicator on a form, as the `ReportFormIndicator` type reads it. */
export interface FormIndicatorRow {
  formId: string;
  indicator: Plain<ReportIndicator>;
  position: number;
  section: string | null;
}

/** The indicators of each form, in order, with the indicators' records: one statement per batch. */
export const indicatorsByForm: LoaderFactory<string, FormIndicatorRow[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.execute<Row[]>(
    `select fi.form_id as fi_form_id, fi.position as fi_position, fi.section as fi_section, i.*
       from report_form_indicator fi join report_indicator i on i.id = fi.indicator_id
      where fi.form_id = any(?::uuid[]) order by fi.form_id, fi.position`,
    [`{${ids.join(',')}}`],
  );
  const items = rows.map((row) => ({
    formId: String(row.fi_form_id),
    indicator: toPlain(ctx.em, ReportIndicator, row),
    position: Number(row.fi_position),
    section: (row.fi_section as string | null) ?? null,
  }));
  return groupBy(ids, items, (r) => r.formId);
};

/** Who must submit each form (kind × area level). */
export const requirementsByForm: LoaderFactory<
  string,
  { organizationKind: OrganizationKind; areaLevel: AreaLevel }[]
> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.execute<
    { form_id: string; organization_kind: OrganizationKind; area_level: AreaLevel }[]
  >(
    `select form_id, organization_kind, area_level from report_form_requirement
      where form_id = any(?::uuid[]) order by organization_kind, area_level`,
    [`{${ids.join(',')}}`],
  );
  return groupBy(
    ids,
    rows.map((r) => ({ formId: r.form_id, organizationKind: r.organization_kind, areaLevel: r.area_level })),
    (r) => r.formId,
  );
};

/** A value of a submission, as the `ReportValue` type reads it. */
export interface ValueRow {
  submissionId: string;
  indicator: Plain<ReportIndicator>;
  value: number;
  source: IndicatorSource;
}

/** The values of each submission, in the form's order: one statement per batch. */
export const valuesBySubmission: LoaderFactory<string, ValueRow[]> = (ctx: Context) => async (ids) => {
  const rows = await ctx.em.execute<Row[]>(
    `select v.submission_id as v_submission_id, v.value as v_value, v.source as v_source, i.*
       from report_value v
       join report_submission s on s.id = v.submission_id
       join report_indicator i on i.id = v.indicator_id
       left join report_form_indicator fi on fi.form_id = s.form_id and fi.indicator_id = i.id
      where v.submission_id = any(?::uuid[]) order by fi.position nulls last, i.code`,
    [`{${ids.join(',')}}`],
  );
  const items = rows.map((row) => ({
    submissionId: String(row.v_submission_id),
    indicator: toPlain(ctx.em, ReportIndicator, row),
    value: Number(row.v_value),
    source: row.v_source as IndicatorSource,
  }));
  return groupBy(ids, items, (r) => r.submissionId);
};

/** The submission `id` when it exists and the viewer may read it, else null (denied looks like missing). */
export async function readableSubmission(ctx: Context, id: string): Promise<Plain<ReportSubmission> | null> {
  const [submission, view, access] = await Promise.all([
    loader(ctx, submissionById).load(id),
    loader(ctx, submissionAccessViewById).load(id),
    ctx.access(),
  ]);
  return submission && view && submissionPolicy.read(access, view) ? submission : null;
}
