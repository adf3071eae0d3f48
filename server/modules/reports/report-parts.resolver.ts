import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { type Context, loadNow } from '../../core/context.js';
import { toGlobalId } from '../../core/ids.js';
import { PageArgs } from '../../core/pagination.js';
import { mapPage, pageOf, readPages } from '../../core/read/keyset.js';
import { pageRequest } from '../../core/read/list-loader.js';
import type { Plain } from '../../core/read/rows.js';
import { allows } from '../../core/policy.js';
import { OrganizationPermissions } from '../organizations/organization-permissions.resolver.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import type { ReportingPeriod } from './periods.js';
import type { ReportForm } from './report-form.entity.js';
import type { SubmissionStatus } from './report.enums.js';
import { indicatorsByForm, requirementsByForm } from './report.loaders.js';
import { reportOrganizationPolicy } from './report.policy.js';
import { type CompletenessCounts, missingReportsQuery } from './report.repository.js';
import {
  MissingReportConnection,
  MissingReportType,
  ReportCompletenessType,
  ReportFormIndicatorType,
  ReportFormRequirementType,
  ReportFormType,
} from './report.type.js';

/** The root value of `reportCompleteness`. */
export interface CompletenessRoot extends CompletenessCounts {
  formId: string;
  areaId: string;
  period: ReportingPeriod;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  overdue: boolean;
  reportingRate: number | null;
  onTimeRate: number | null;
}

/** A row of the `missing` connection. */
interface MissingRow {
  organizationId: string;
  status: SubmissionStatus | null;
  overdue: boolean;
}

/** `ReportCompleteness.missing`: who has not submitted, a Relay connection on the one read path. */
@Resolver(() => ReportCompletenessType)
export class ReportCompletenessResolver {
  @FieldResolver(() => MissingReportConnection, {
    description:
      'Organizations expected to report that have not submitted (or whose report was returned), by name.',
  })
  async missing(
    @Root() root: CompletenessRoot,
    @Args() page: PageArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    const request = pageRequest(page, info);
    const pages = await readPages(
      ctx.em,
      missingReportsQuery(root.formId, root.period, root.areaId, await ctx.access()),
      null,
      request,
    );
    return mapPage(pageOf(pages, null, !!request.after), (row) => ({
      organizationId: String(row.id),
      status: (row.current_status as SubmissionStatus | null) ?? null,
      overdue: root.overdue,
    }));
  }
}

/** `MissingReport.id` and `organization`. */
@Resolver(() => MissingReportType)
export class MissingReportResolver {
  @FieldResolver(() => ID, { description: "The organization's id." })
  id(@Root() row: MissingRow) {
    return toGlobalId('Organization', row.organizationId);
  }

  @FieldResolver(() => OrganizationType)
  organization(@Root() row: MissingRow, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, row.organizationId);
  }
}

/** `ReportForm`'s id, indicators and who must submit it. */
@Resolver(() => ReportFormType)
export class ReportFormResolver {
  @FieldResolver(() => [ReportFormIndicatorType], { description: 'Its indicators, in order.' })
  indicators(@Root() form: Plain<ReportForm>, @Ctx() ctx: Context) {
    return loadNow(ctx, indicatorsByForm, form.id);
  }

  @FieldResolver(() => [ReportFormRequirementType], {
    description: 'Who must submit it: kinds × area levels.',
  })
  requirements(@Root() form: Plain<ReportForm>, @Ctx() ctx: Context) {
    return loadNow(ctx, requirementsByForm, form.id);
  }
}

/** `Organization.viewerCan.report`, from the reports module's rule on the organization. */
@Resolver(() => OrganizationPermissions)
export class OrganizationReportPermissionsResolver {
  @FieldResolver(() => Boolean, { description: 'report (save and submit) for this organization' })
  report(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, reportOrganizationPolicy, 'report', { id: can.organizationId });
  }

  @FieldResolver(() => Boolean, {
    description: 'createReportForm and createReportIndicator owned by this organization',
  })
  defineReports(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, reportOrganizationPolicy, 'defineReports', { id: can.organizationId });
  }
}
