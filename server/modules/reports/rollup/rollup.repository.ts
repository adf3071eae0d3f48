import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray, type ViewerAccess } from '../../../core/access.js';
import { countedDefinition } from '../counted/registry.js';
import { COUNTS_IN_ROLLUP } from './rollup.maintain.js';
import { IndicatorGroupBy } from './rollup.inputs.js';
import { keyParams, MONTHS_OF, targetParams, type RollupPlan } from './rollup.periods.js';

/** Where a roll-up reads: an area subtree (with its children) or an organization and those below it. */
export type RollupScope =
  | { kind: 'area'; areaId: string; parentId: string | null; children: string[] }
  | { kind: 'organization'; organizationId: string };

/** A summed cell: indicator (or counted code), group key, bucket. */
export interface Cell {
  key: string;
  group: string;
  bucket: number;
  value: number;
  reports: number;
}

const TARGETS = 't(bucket, start_on, end_on) as (select * from unnest(?::int[], ?::date[], ?::date[]))';
const TARGET_KEYS = 'tk(bucket, period_key) as (select * from unnest(?::int[], ?::text[]))';

/** The bucket of target `t`: its own (PERIOD) or the run's. */
const BUCKET = 't.bucket';

/** The group key of a row whose area-below-the-root is `top`, kind `kind` (uuid and text come back as strings). */
function groupSql(groupBy: IndicatorGroupBy, top: string, kind: string): string {
  if (groupBy === IndicatorGroupBy.CHILD_AREA) return top;
  if (groupBy === IndicatorGroupBy.ORGANIZATION_KIND) return kind;
  return `''`;
}

/**
 * The organizations of the scope (alias `so`: id, kind, area level, `top` =
 * the child area of the root they are in, or the root itself, end date,
 * area), as CTEs
 * (under `with recursive`) with their parameters.
 */
function scopeOrganizations(scope: RollupScope, activeAfter: string): { sql: string; params: unknown[] } {
  if (scope.kind === 'area') {
    return {
      sql: `sub(id, top) as (
              select id, id from administrative_area where id = ?::uuid
              union all
              select a.id, case when sub.id = ?::uuid then a.id else sub.top end
                from administrative_area a join sub on a.parent_id = sub.id),
            so as (select o.id, o.kind, a.level, sub.top, o.ended_on, o.area_id from organization o
                     join sub on sub.id = o.area_id join administrative_area a on a.id = o.area_id
                    where o.ended_on is null or o.ended_on > ?::date)`,
      params: [scope.areaId, scope.areaId, activeAfter],
    };
  }
  return {
    sql: `so as (select o.id, o.kind, a.level, o.area_id as top, o.ended_on, o.area_id from organization o
                   join organization_closure c on c.descendant_id = o.id and c.ancestor_id = ?::uuid
                   join administrative_area a on a.id = o.area_id
                  where o.ended_on is null or o.ended_on > ?::date)`,
    params: [scope.organizationId, activeAfter],
  };
}

/** Cells of some indicators (their ids; their codes for live counts) by group and bucket over a scope and a plan. */
export type CellsQuery = (
  em: EntityManager,
  scope: RollupScope,
  plan: RollupPlan,
  groupBy: IndicatorGroupBy,
  indicators: readonly string[],
) => Promise<Cell[]>;

const toCells = (
  rows: { key: string; g: string; b: number; value: string | number; reports: string | number }[],
): Cell[] =>
  rows.map((r) => ({
    key: r.key,
    group: r.g,
    bucket: Number(r.b),
    value: Number(r.value),
    reports: Number(r.reports),
  }));

/**
 * Sums of the approved values of `indicatorIds` by group and bucket, in one
 * statement. An area reads the pre-aggregate's rows of the area (and of its
 * children for CHILD_AREA: the organizations at the area itself are the
 * area's row less its children's); an organization reads its reports and
 * those below it (the chain of command's closure, decision 022).
 */
export const approvedCells: CellsQuery = async (em, scope, plan, groupBy, indicatorIds) => {
  if (scope.kind === 'area') {
    const areas =
      groupBy === IndicatorGroupBy.CHILD_AREA ? [scope.areaId, ...scope.children] : [scope.areaId];
    // Split by kind, the rows by kind; otherwise the kinds' total (a tenth of the rows).
    const byKind = groupBy === IndicatorGroupBy.ORGANIZATION_KIND;
    const rows = await em.execute(
      `with ${TARGET_KEYS}
       select r.indicator_id as key, ${groupSql(groupBy, 'r.area_id', 'r.organization_kind')} as g,
              tk.bucket as b, sum(r.value) as value, sum(r.reports) as reports
         from ${byKind ? 'report_rollup' : 'report_rollup_total'} r join tk on tk.period_key = r.period_key
        where r.indicator_id = any(?::uuid[]) and r.area_id = any(?::uuid[])
          and r.period_key = any(?::text[])
        group by 1, 2, 3`,
      [...keyParams(plan), uuidArray(indicatorIds), uuidArray(areas), keyParams(plan)[1]],
    );
    return toCells(rows as never);
  }
  const rows = await em.execute(
    `with ${TARGET_KEYS}
     select v.indicator_id as key, ${groupSql(groupBy, 's.area_id', 'o.kind')} as g,
            tk.bucket as b, sum(v.value) as value, count(*) as reports
       from report_submission s
       join organization_closure below on below.descendant_id = s.organization_id and below.ancestor_id = ?::uuid
       join organization o on o.id = s.organization_id
       join report_value v on v.submission_id = s.id and v.indicator_id = any(?::uuid[])
       join tk on tk.period_key = s.period_key
      where ${COUNTS_IN_ROLLUP('s')}
      group by 1, 2, 3`,
    [...keyParams(plan), scope.organizationId, uuidArray(indicatorIds)],
  );
  return toCells(rows as never);
};

const FORM_MONTHS = `(case f.period_type ${Object.entries(MONTHS_OF)
  .map(([type, months]) => `when '${type}' then ${months}`)
  .join(' ')} end)`;

/**
 * Reports expected of `indicatorIds` by group and bucket, in one statement:
 * for every active form carrying an indicator, with periods no longer than
 * the plan's, the organizations of the scope it requires (still in existence
 * at the end of the target period, and in the form's own scope — a
 * province's form binds its own units only, as `IN_FORM_SCOPE` says for
 * completeness — the areas of each owned form's subtree computed once, `fs`)
 * times its periods in each target period. (`value` is the count; `reports` 0.)
 */
export const expectedCells: CellsQuery = async (em, scope, plan, groupBy, indicatorIds) => {
  const orgs = scopeOrganizations(scope, plan.targets[0]!.period.start);
  const months = MONTHS_OF[plan.type];
  const rows = await em.execute(
    `with recursive ${TARGETS}, ${orgs.sql},
          n as (select so.kind, so.level, ${groupSql(groupBy, 'so.top', 'so.kind')} as g, so.ended_on, so.area_id,
                       count(*) as n
                  from so group by 1, 2, 3, 4, 5),
          fs(form_id, area_id) as (
            select f.id, w.area_id from report_form f join organization w on w.id = f.owner_id where f.active
            union all
            select fs.form_id, a.id from administrative_area a join fs on a.parent_id = fs.area_id)
     select fi.indicator_id as key, n.g, ${BUCKET} as b,
            sum(n.n * (${months} / ${FORM_MONTHS})) as value, 0 as reports
       from report_form f
       join report_form_indicator fi on fi.form_id = f.id and fi.indicator_id = any(?::uuid[])
       join report_form_requirement q on q.form_id = f.id
       join n on n.kind = q.organization_kind and n.level = q.area_level
       join t on n.ended_on is null or n.ended_on > t.end_on
      where f.active and ${FORM_MONTHS} <= ${months}
        and (f.owner_id is null or exists (select 1 from fs where fs.form_id = f.id and fs.area_id = n.area_id))
      group by 1, 2, 3`,
    [...targetParams(plan), ...orgs.params, uuidArray(indicatorIds)],
  );
  return toCells(rows as never);
};

/**
 * Live counts of COUNTED `codes` over the scope's organizations, by group,
 * for each bucket of the plan: one statement per bucket (two, or one per
 * period and one more grouped by PERIOD), whatever the size of the tree.
 */
export const liveCells: CellsQuery = async (em, scope, plan, groupBy, codes) => {
  const definitions = codes.flatMap((code) => countedDefinition(code) ?? []);
  if (!definitions.length) return [];
  const parts = definitions
    .map(
      (d) =>
        `select '${d.code}' as code, c.organization_id, c.value from (${d.sql}) c(organization_id, value)`,
    )
    .join('\n union all\n');
  const cells: Cell[] = [];
  for (const [bucket, { from, to }] of plan.span) {
    const orgs = scopeOrganizations(scope, from.start);
    const rows = await em.execute(
      `with recursive ${orgs.sql},
            counted_scope(organization_id) as (select id from so),
            counted_period(start_on, end_on) as (select ?::date, ?::date)
       select c.code as key, ${groupSql(groupBy, 'so.top', 'so.kind')} as g, ${bucket} as b,
              sum(c.value) as value, 0 as reports
         from (${parts}) c join so on so.id = c.organization_id
        group by 1, 2`,
      [...orgs.params, from.start, to.end],
    );
    cells.push(...toCells(rows as never));
  }
  return cells;
};

/** The root area's parent, children (by name) and whether the viewer may read its figures; null when missing. */
export async function readAreaScope(
  em: EntityManager,
  areaId: string,
  access: ViewerAccess,
): Promise<{ scope: RollupScope; visible: boolean } | null> {
  const visible = access.isSystemAdmin
    ? { sql: 'true', params: [] as unknown[] }
    : {
        sql: `exists (select 1 from organization o where o.area_id in (select id from anc) and o.id in ${access.reach.sql})`,
        params: access.reach.params,
      };
  const [row] = await em.execute<
    { id: string; parent_id: string | null; children: string[]; visible: boolean }[]
  >(
    `with recursive anc(id) as (
       select ?::uuid union all
       select a.parent_id from administrative_area a join anc on a.id = anc.id where a.parent_id is not null)
     select a.id, a.parent_id, ${visible.sql} as visible,
            coalesce((select json_agg(c.id order by c.name, c.id) from administrative_area c where c.parent_id = a.id), '[]') as children
       from administrative_area a where a.id = ?::uuid`,
    [areaId, ...visible.params, areaId],
  );
  if (!row) return null;
  return {
    scope: { kind: 'area', areaId: row.id, parentId: row.parent_id, children: row.children },
    visible: row.visible,
  };
}
