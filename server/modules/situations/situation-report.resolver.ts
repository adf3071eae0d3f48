import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from 'type-graphql';
import { type Context, loadNow } from '../../core/context.js';
import { optionalGlobalId } from '../../core/ids.js';
import { readNode, registerNodeType } from '../../core/node.js';
import { PageArgs } from '../../core/pagination.js';
import { allows } from '../../core/policy.js';
import { pageRequest, readPlainPage } from '../../core/read/list-loader.js';
import { type Plain } from '../../core/read/rows.js';
import { SignedInMutation, SignedInQuery } from '../../core/rules.js';
import { assertDateOrder } from '../../core/scalars.js';
import { OrganizationPermissions } from '../organizations/organization-permissions.resolver.js';
import { organizationById } from '../organizations/organization.loaders.js';
import { OrganizationType } from '../organizations/organization.type.js';
import { reportSituation } from './commands/report-situation.js';
import { SituationReport } from './situation.entity.js';
import { ReportSituationInput, ReportSituationPayload, SituationReportFilter } from './situation.inputs.js';
import { readableReport } from './situation.loaders.js';
import { situationOrganizationPolicy } from './situation.policy.js';
import { reportListQuery } from './situation.repository.js';
import { SituationReportConnection, SituationReportType } from './situation.type.js';

registerNodeType('SituationReport', (ctx, id) => readableReport(ctx, id));

/** Reports on the situation of the people: the list (only what the viewer may read), one, filing one. */
@Resolver(() => SituationReportType)
export class SituationReportResolver {
  @SignedInQuery(() => SituationReportConnection, {
    description: 'Situation reports of the organizations the viewer reaches, latest period first.',
  })
  async situationReports(
    @Args() page: PageArgs,
    @Arg('filter', () => SituationReportFilter, { nullable: true }) filter: SituationReportFilter | null,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: Context,
  ) {
    if (filter?.periodFrom) assertDateOrder(filter.periodFrom, filter.periodTo, 'periodTo');
    const organizationId = optionalGlobalId(filter?.organizationId, 'Organization', 'organizationId');
    const query = reportListQuery({ ...filter, organizationId }, await ctx.access());
    return readPlainPage(ctx.em, SituationReport, query, pageRequest(page, info));
  }

  @SignedInQuery(() => SituationReportType, {
    description: 'One report; NOT_FOUND when missing or not visible.',
  })
  async situationReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return readNode(ctx, 'SituationReport', id, readableReport);
  }

  @SignedInMutation(() => ReportSituationPayload, {
    description: "Files an organization's situation report for a period.",
  })
  async reportSituation(
    @Arg('input', () => ReportSituationInput) input: ReportSituationInput,
    @Ctx() ctx: Context,
  ) {
    return { report: await reportSituation(ctx, input) };
  }

  @FieldResolver(() => OrganizationType, { description: 'The reporting organization.' })
  organization(@Root() report: Plain<SituationReport>, @Ctx() ctx: Context) {
    return loadNow(ctx, organizationById, report.organization.id);
  }
}

/** `Organization.viewerCan { reportSituation openComplexSituation }`, from the situations rules on the organization. */
@Resolver(() => OrganizationPermissions)
export class OrganizationSituationPermissionsResolver {
  @FieldResolver(() => Boolean, { description: 'reportSituation for this organization' })
  reportSituation(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, situationOrganizationPolicy, 'reportSituation', { id: can.organizationId });
  }

  @FieldResolver(() => Boolean, { description: 'openComplexSituation in this organization’s name' })
  openComplexSituation(@Root() can: OrganizationPermissions, @Ctx() ctx: Context): Promise<boolean> {
    return allows(ctx, situationOrganizationPolicy, 'openComplexSituation', { id: can.organizationId });
  }
}
