import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { loader, type Context, loadNow } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { fromGlobalId, optionalGlobalId, toGlobalId } from '../../core/ids.js';
import { readNode, registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { type Plain, readRows } from '../../core/read/rows.js';
import { permissions } from '../../core/policy.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { todayInVietnam } from '../../core/scalars.js';
import { areaById } from '../areas/area.loaders.js';
import { AreaType } from '../areas/area.type.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { correctReport } from './commands/correct-report.js';
import { createReportForm, createReportIndicator } from './commands/define-reports.js';
import { approveReport, returnReport } from './commands/review-report.js';
import { saveReportDraft } from './commands/save-report-draft.js';
import { submitReport } from './commands/submit-report.js';
import { ReportIndicator, ReportValidationRule } from './indicator.entity.js';
import { dueDate, parsePeriod } from './periods.js';
import { ReportForm } from './report-form.entity.js';
import { ReportRefusal, refusedInput } from './report.errors.js';
import {
  CorrectReportInput,
  CreateReportFormInput,
  CreateReportFormPayload,
  CreateReportIndicatorInput,
  CreateReportIndicatorPayload,
  ReportChangeInput,
  ReportSubmissionFilter,
  ReportSubmissionPayload,
  ReturnReportInput,
  SaveReportDraftInput,
} from './report.inputs.js';
import {
  formById,
  readableSubmission,
  submissionAccessViewById,
  valuesBySubmission,
} from './report.loaders.js';
import { submissionPolicy } from './report.policy.js';
import { completenessCounts } from './report.repository.js';
import { submissionListQuery } from './report.repository.js';
import type { CompletenessRoot } from './report-parts.resolver.js';
import {
  ReportCompletenessType,
  ReportFormType,
  ReportIndicatorType,
  ReportSubmissionConnection,
  ReportSubmissionType,
  ReportValidationRuleType,
  ReportValueType,
  SubmissionPermissions,
} from './report.type.js';
import { ReportSubmission } from './submission.entity.js';

registerNodeType('ReportSubmission', (ctx, id) => readableSubmission(ctx, id));

/** Percent of `part` in `whole`, one decimal; null when `whole` is 0. */
const percent = (part: number, whole: number): number | null =>
  whole ? Math.round((part / whole) * 1000) / 10 : null;

/** Periodic reports: indicators, forms, submissions (list, one, the use cases) and completeness. */
@Resolver(() => ReportSubmissionType)
export class ReportResolver {
  @SignedInQuery(() => [ReportIndicatorType], { description: 'Every indicator, by code.' })
  reportIndicators(@Ctx() ctx: Context) {
    return readRows(ctx.em, ReportIndicator, 'select * from report_indicator order by code', []);
  }

  @SignedInQuery(() => [ReportValidationRuleType], {
    description: 'The validation rules checked on submission, by code.',
  })
  reportValidationRules(@Ctx() ctx: Context) {
    return readRows(ctx.em, ReportValidationRule, 'select * from report_validation_rule order by code', []);
  }

  @SignedInQuery(() => [ReportFormType], { description: 'The active report forms, by name.' })
  reportForms(@Ctx() ctx: Context) {
    return readRows(ctx.em, ReportForm, 'select * from report_form where active order by name, id', []);
  }

  @SignedInQuery(() => ReportSubmissionType, {
    description: 'One report; NOT_FOUND when missing or not visible to the viewer.',
  })
  reportSubmission(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'ReportSubmission', id, readableSubmission);
  }

  @SignedInQuery(() => ReportSubmissionConnection, {
    description:
      'Reports the viewer may read (of its organizations and those below, or that they approve), latest period first.',
  })
  async reportSubmissions(
    @Args() page: PageArgs,
    @Arg('filter', () => ReportSubmissionFilter, { nullable: true }) filter: ReportSubmissionFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const query = submissionListQuery(
      {
        ...filter,
        formId: optionalGlobalId(filter?.formId, 'ReportForm', 'formId'),
        organizationId: optionalGlobalId(filter?.organizationId, 'Organization', 'organizationId'),
        approverId: optionalGlobalId(filter?.approverId, 'Organization', 'approverId'),
      },
      await ctx.access(),
    );
    return readPlainPage(ctx.em, ReportSubmission, query, pageRequest(page, info));
  }

  @SignedInQuery(() => ReportCompletenessType, {
    description:
      'Expected, submitted and on-time (first submitted by the due date) reports of a form for a period over an area and the areas below it, with who has not submitted: of the reports the viewer may read (of its organizations and those below, or that they approve).',
  })
  async reportCompleteness(
    @Arg('formId', () => ID) formId: string,
    @Arg('periodKey') periodKey: string,
    @Arg('areaId', () => ID) areaId: string,
    @Ctx() ctx: Context,
  ): Promise<CompletenessRoot> {
    const form = await loader(ctx, formById).load(fromGlobalId(formId, 'ReportForm', 'formId'));
    if (!form) throw notFound('ReportForm', formId);
    const area = await loader(ctx, areaById).load(fromGlobalId(areaId, 'AdministrativeArea', 'areaId'));
    if (!area) throw notFound('AdministrativeArea', areaId);
    const period = parsePeriod(form.periodType, periodKey);
    if (!period) {
      throw refusedInput(
        ReportRefusal.PERIOD_TYPE_MISMATCH,
        'periodKey',
        `${periodKey} is not a ${form.periodType} period`,
      );
    }
    const counts = await completenessCounts(ctx.em, form.id, period, area.id, await ctx.access());
    const due = dueDate(period, form.deadlineDays);
    return {
      formId: form.id,
      areaId: area.id,
      period,
      periodStart: period.start,
      periodEnd: period.end,
      dueOn: due,
      overdue: todayInVietnam() > due,
      ...counts,
      reportingRate: percent(counts.submitted, counts.expected),
      onTimeRate: percent(counts.submittedOnTime, counts.expected),
    };
  }

  @SignedInMutation(() => ReportSubmissionPayload, {
    description:
      "Saves typed values of an organization's report (opening a DRAFT); CONFLICT when approved, submitted or stale.",
  })
  async saveReportDraft(
    @Arg('input', () => SaveReportDraftInput) input: SaveReportDraftInput,
    @Ctx() ctx: Context,
  ) {
    return { submission: await saveReportDraft(ctx, input) };
  }

  @SignedInMutation(() => ReportSubmissionPayload, {
    description:
      'Submits a report to its approver, freezing the counted values; checks the validation rules.',
  })
  async submitReport(@Arg('input', () => ReportChangeInput) input: ReportChangeInput, @Ctx() ctx: Context) {
    return { submission: await submitReport(ctx, input) };
  }

  @SignedInMutation(() => ReportSubmissionPayload, {
    description: 'Approves a submitted report, which locks it.',
  })
  async approveReport(@Arg('input', () => ReportChangeInput) input: ReportChangeInput, @Ctx() ctx: Context) {
    return { submission: await approveReport(ctx, input) };
  }

  @SignedInMutation(() => ReportSubmissionPayload, {
    description: 'Returns a submitted report with a comment.',
  })
  async returnReport(@Arg('input', () => ReturnReportInput) input: ReturnReportInput, @Ctx() ctx: Context) {
    return { submission: await returnReport(ctx, input) };
  }

  @SignedInMutation(() => ReportSubmissionPayload, {
    description: 'Opens a correction of an approved report: a new version; the approved one stays readable.',
  })
  async correctReport(
    @Arg('input', () => CorrectReportInput) input: CorrectReportInput,
    @Ctx() ctx: Context,
  ) {
    return { submission: await correctReport(ctx, input) };
  }

  @SignedInMutation(() => CreateReportIndicatorPayload, {
    description: "Adds an ENTERED or DERIVED indicator of an organization's own (ADMIN there).",
  })
  async createReportIndicator(
    @Arg('input', () => CreateReportIndicatorInput) input: CreateReportIndicatorInput,
    @Ctx() ctx: Context,
  ) {
    return { indicator: await createReportIndicator(ctx, input) };
  }

  @SignedInMutation(() => CreateReportFormPayload, {
    description:
      'Defines a report form of an organization (ADMIN there): indicators, period type, who submits, deadline.',
  })
  async createReportForm(
    @Arg('input', () => CreateReportFormInput) input: CreateReportFormInput,
    @Ctx() ctx: Context,
  ) {
    return { form: await createReportForm(ctx, input) };
  }

  @FieldResolver(() => ReportFormType)
  form(@Root() submission: Plain<ReportSubmission>, @Ctx() ctx: Context) {
    return loadNow(ctx, formById, submission.form.id);
  }

  @FieldResolver(() => OrganizationType, { description: 'The reporting organization.' })
  organization(@Root() submission: Plain<ReportSubmission>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, submission.organization.id);
  }

  @FieldResolver(() => AreaType, { description: "The organization's area when the report was opened." })
  area(@Root() submission: Plain<ReportSubmission>, @Ctx() ctx: Context) {
    return loadNow(ctx, areaById, submission.area.id);
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: 'Who approves it.' })
  approver(@Root() submission: Plain<ReportSubmission>, @Ctx() ctx: Context) {
    return submission.approver ? loader(ctx, organizationById).load(submission.approver.id) : null;
  }

  @FieldResolver(() => [ReportValueType], { description: "Its values, in the form's order." })
  values(@Root() submission: Plain<ReportSubmission>, @Ctx() ctx: Context) {
    return loadNow(ctx, valuesBySubmission, submission.id);
  }

  @FieldResolver(() => ReportSubmissionType, {
    nullable: true,
    description: 'The approved version this one corrects (readable).',
  })
  corrects(@Root() submission: Plain<ReportSubmission>, @Ctx() ctx: Context) {
    return submission.corrects ? readableSubmission(ctx, submission.corrects.id) : null;
  }

  @FieldResolver(() => SubmissionPermissions, { description: 'What the viewer may do on it.' })
  async viewerCan(@Root() submission: Plain<ReportSubmission>, @Ctx() ctx: Context) {
    const view = await loader(ctx, submissionAccessViewById).load(submission.id);
    if (!view) throw notFound('ReportSubmission', toGlobalId('ReportSubmission', submission.id));
    return permissions(ctx, submissionPolicy, view);
  }
}
