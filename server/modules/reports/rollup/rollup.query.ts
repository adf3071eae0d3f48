import { Role } from '../../../core/access.js';
import type { Context } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { fromGlobalId, toGlobalId } from '../../../core/ids.js';
import { type Plain, readRows } from '../../../core/read/rows.js';
import { OrganizationKind } from '../../organizations/organization.entity.js';
import { isCounted } from '../counted/registry.js';
import { ReportIndicator } from '../indicator.entity.js';
import { IndicatorAggregation, IndicatorSource, IndicatorUnit, type PeriodType } from '../report.enums.js';
import { IndicatorGroupBy, IndicatorValueSource, type IndicatorValuesInput } from './rollup.inputs.js';
import { planRun, refusedRollup, RollupRefusal, type RollupPlan } from './rollup.periods.js';
import {
  approvedCells,
  type Cell,
  expectedCells,
  liveCells,
  readAreaScope,
  type RollupScope,
} from './rollup.repository.js';

/** A figure as the API shows it (`IndicatorFigure`). */
export interface IndicatorFigure {
  fromPeriod: string;
  toPeriod: string;
  periodStart: string;
  periodEnd: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reports: number;
  expectedReports: number;
}

/** A row of a roll-up (`IndicatorValue`). */
export interface IndicatorValueRow extends IndicatorFigure {
  indicatorCode: string;
  indicator: Plain<ReportIndicator>;
  source: IndicatorValueSource;
  areaId: string | null;
  areaDbId: string | null;
  ownLevel: boolean;
  organizationKind: OrganizationKind | null;
  previous: IndicatorFigure | null;
}

/** The result of `indicatorValues` (`IndicatorValues`). */
export interface IndicatorValuesResult {
  areaId: string | null;
  areaDbId: string | null;
  parentAreaId: string | null;
  organizationId: string | null;
  organizationDbId: string | null;
  periodType: PeriodType;
  periods: string[];
  groupBy: IndicatorGroupBy;
  values: IndicatorValueRow[];
}

/** The asked indicators and the parts of the ratios among them, by code; BAD_USER_INPUT on an unknown code. */
async function loadIndicators(
  ctx: Context,
  codes: readonly string[],
): Promise<Map<string, Plain<ReportIndicator>>> {
  const rows = await readRows(
    ctx.em,
    ReportIndicator,
    `with asked as (select * from report_indicator where code = any(?::text[]))
     select * from report_indicator
      where code in (select code from asked union select numerator_code from asked union select denominator_code from asked)`,
    [`{${codes.map((c) => JSON.stringify(c)).join(',')}}`],
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const unknown = codes.filter((c) => !byCode.has(c));
  if (unknown.length) {
    throw refusedRollup(
      RollupRefusal.UNKNOWN_INDICATOR,
      'indicatorCodes',
      `unknown indicators: ${unknown.join(', ')}`,
    );
  }
  return byCode;
}

/** The scope of the input, checked against the viewer's access; NOT_FOUND when missing or not visible. */
async function resolveScope(ctx: Context, input: IndicatorValuesInput): Promise<RollupScope> {
  if (!input.areaId === !input.organizationId) {
    throw refusedRollup(RollupRefusal.SCOPE, 'areaId', 'give an areaId or an organizationId (one of them)');
  }
  const access = await ctx.access();
  if (input.areaId) {
    const found = await readAreaScope(
      ctx.em,
      fromGlobalId(input.areaId, 'AdministrativeArea', 'areaId'),
      access,
    );
    if (!found?.visible) throw notFound('AdministrativeArea', input.areaId);
    return found.scope;
  }
  if (input.groupBy === IndicatorGroupBy.CHILD_AREA) {
    throw refusedRollup(RollupRefusal.GROUP_BY, 'groupBy', 'CHILD_AREA needs an areaId');
  }
  const organizationId = fromGlobalId(input.organizationId!, 'Organization', 'organizationId');
  const [row] = await ctx.em.execute<{ id: string }[]>('select id from organization where id = ?::uuid', [
    organizationId,
  ]);
  if (!row || !access.has(Role.VIEWER, organizationId)) throw notFound('Organization', input.organizationId!);
  return { kind: 'organization', organizationId };
}

/** Cells indexed by key, group and bucket. */
class Cells {
  private readonly map = new Map<string, Cell>();
  constructor(cells: readonly Cell[]) {
    for (const c of cells) this.map.set(`${c.key}|${c.group}|${c.bucket}`, c);
  }
  get(key: string, group: string, bucket: number): Cell | undefined {
    return this.map.get(`${key}|${group}|${bucket}`);
  }
  groups(): Set<string> {
    return new Set([...this.map.values()].map((c) => c.group));
  }
}

const KIND_ORDER = Object.values(OrganizationKind) as string[];

/**
 * The rows of `indicatorValues`: a fixed handful of statements whatever the
 * tree — the indicators, the scope and the viewer's right to it, the
 * approved sums (from the pre-aggregate for an area), the expected reports,
 * and for LIVE one count per bucket. Ratios are recomputed from their
 * summed parts, never averaged.
 */
export async function readIndicatorValues(
  ctx: Context,
  input: IndicatorValuesInput,
): Promise<IndicatorValuesResult> {
  const groupBy = input.groupBy ?? IndicatorGroupBy.NONE;
  const plan = planRun(input.periodType, input.from, input.to, groupBy);
  const indicators = await loadIndicators(ctx, input.indicatorCodes);
  const scope = await resolveScope(ctx, input);
  const ids = [...indicators.values()].map((i) => i.id);
  const approved = new Cells(await approvedCells(ctx.em, scope, plan, groupBy, ids));
  const expected = new Cells(await expectedCells(ctx.em, scope, plan, groupBy, ids));
  const liveCodes =
    input.source === IndicatorValueSource.LIVE ? [...indicators.keys()].filter((c) => isCounted(c)) : [];
  const live = new Cells(await liveCells(ctx.em, scope, plan, groupBy, liveCodes));

  const groups = groupsOf(scope, groupBy, approved, expected);
  const figure = (indicator: Plain<ReportIndicator>, group: string, bucket: number) =>
    figureOf(indicators, indicator, group, bucket, {
      plan,
      scope,
      groupBy,
      approved,
      expected,
      live,
      liveCodes,
    });
  const values: IndicatorValueRow[] = [];
  for (const code of input.indicatorCodes) {
    const indicator = indicators.get(code)!;
    for (const group of groups) {
      for (const bucket of plan.buckets) {
        const { source, ...current } = figure(indicator, group, bucket);
        const { source: _, ...previous } = figure(indicator, group, bucket - 1);
        const areaDbId =
          scope.kind === 'area' ? (groupBy === IndicatorGroupBy.CHILD_AREA ? group : scope.areaId) : null;
        values.push({
          ...current,
          indicatorCode: code,
          indicator,
          source,
          areaDbId,
          areaId: areaDbId ? toGlobalId('AdministrativeArea', areaDbId) : null,
          ownLevel:
            groupBy === IndicatorGroupBy.CHILD_AREA && scope.kind === 'area' && group === scope.areaId,
          organizationKind:
            groupBy === IndicatorGroupBy.ORGANIZATION_KIND ? (group as OrganizationKind) : null,
          previous,
        });
      }
    }
  }
  return {
    areaDbId: scope.kind === 'area' ? scope.areaId : null,
    areaId: scope.kind === 'area' ? toGlobalId('AdministrativeArea', scope.areaId) : null,
    parentAreaId:
      scope.kind === 'area' && scope.parentId ? toGlobalId('AdministrativeArea', scope.parentId) : null,
    organizationDbId: scope.kind === 'organization' ? scope.organizationId : null,
    organizationId: scope.kind === 'organization' ? toGlobalId('Organization', scope.organizationId) : null,
    periodType: plan.type,
    periods: plan.periods.map((p) => p.key),
    groupBy,
    values,
  };
}

/** The groups of the rows: the children then the area itself; the kinds seen; or one. */
function groupsOf(scope: RollupScope, groupBy: IndicatorGroupBy, approved: Cells, expected: Cells): string[] {
  if (groupBy === IndicatorGroupBy.CHILD_AREA && scope.kind === 'area')
    return [...scope.children, scope.areaId];
  if (groupBy === IndicatorGroupBy.ORGANIZATION_KIND) {
    const seen = new Set([...approved.groups(), ...expected.groups()]);
    return KIND_ORDER.filter((k) => seen.has(k));
  }
  return [''];
}

interface FigureInputs {
  plan: RollupPlan;
  scope: RollupScope;
  groupBy: IndicatorGroupBy;
  approved: Cells;
  expected: Cells;
  live: Cells;
  liveCodes: string[];
}

/** A summed part: the value (null without data), the reports, the source. */
interface Part {
  value: number | null;
  reports: number;
  source: IndicatorValueSource;
}

/** The sum of one base indicator in a group and bucket (own level: the area's row less its children's). */
function partOf(indicator: Plain<ReportIndicator>, group: string, bucket: number, x: FigureInputs): Part {
  if (x.liveCodes.includes(indicator.code)) {
    const cell = x.live.get(indicator.code, group, bucket);
    return { value: cell?.value ?? 0, reports: 0, source: IndicatorValueSource.LIVE };
  }
  let cell = x.approved.get(indicator.id, group, bucket);
  if (x.groupBy === IndicatorGroupBy.CHILD_AREA && x.scope.kind === 'area' && group === x.scope.areaId) {
    let value = cell?.value ?? 0;
    let reports = cell?.reports ?? 0;
    for (const child of x.scope.children) {
      const c = x.approved.get(indicator.id, child, bucket);
      value -= c?.value ?? 0;
      reports -= c?.reports ?? 0;
    }
    cell = reports > 0 ? { key: indicator.id, group, bucket, value, reports } : undefined;
  }
  return {
    value: cell && cell.reports > 0 ? cell.value : null,
    reports: cell?.reports ?? 0,
    source: IndicatorValueSource.APPROVED,
  };
}

const round = (n: number): number => Math.round(n * 10000) / 10000;

/** The figure of an asked indicator: a sum, or a ratio recomputed from its summed parts. */
function figureOf(
  all: Map<string, Plain<ReportIndicator>>,
  indicator: Plain<ReportIndicator>,
  group: string,
  bucket: number,
  x: FigureInputs,
): IndicatorFigure & { source: IndicatorValueSource } {
  const span = x.plan.span.get(bucket)!;
  const when = {
    fromPeriod: span.from.key,
    toPeriod: span.to.key,
    periodStart: span.from.start,
    periodEnd: span.to.end,
  };
  const numerator = indicator.numeratorCode ? all.get(indicator.numeratorCode) : undefined;
  const denominator = indicator.denominatorCode ? all.get(indicator.denominatorCode) : undefined;
  const isRatio =
    (indicator.aggregation === IndicatorAggregation.RATIO || indicator.source === IndicatorSource.DERIVED) &&
    numerator &&
    denominator;
  const counted = isRatio ? numerator : indicator;
  const expectedReports = x.expected.get(counted.id, group, bucket)?.value ?? 0;
  if (!isRatio) {
    const part = partOf(indicator, group, bucket, x);
    return { ...when, ...part, numerator: null, denominator: null, expectedReports };
  }
  const top = partOf(numerator, group, bucket, x);
  const bottom = partOf(denominator, group, bucket, x);
  const scale = indicator.unit === IndicatorUnit.PERCENT ? 100 : 1;
  return {
    ...when,
    value: top.value !== null && bottom.value ? round((top.value / bottom.value) * scale) : null,
    numerator: top.value,
    denominator: bottom.value,
    reports: top.reports,
    expectedReports,
    source:
      top.source === IndicatorValueSource.LIVE || bottom.source === IndicatorValueSource.LIVE
        ? IndicatorValueSource.LIVE
        : IndicatorValueSource.APPROVED,
  };
}
