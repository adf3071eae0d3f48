import type { ViewerAccess } from '../../core/access.js';
import type { ListQuery } from '../../core/read/keyset.js';
import { escapeLike, foldForSearch } from '../../core/text.js';
import { AREA_SUBTREE_SQL } from '../areas/area.repository.js';
import { IN_ORGANIZATION_SUBTREE_SQL } from '../organizations/organization.subtree.js';
import type { SituationCategory, SituationSeverity, SituationStatus } from './situation.entity.js';
import { SITUATION_VISIBLE_SQL } from './situation.policy.js';

/** Filters of report lists, with database ids. */
export interface ReportListFilter {
  organizationId?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  flagged?: boolean | null;
  search?: string | null;
}

/** Filters of complex-situation lists, with database ids. */
export interface SituationListFilter {
  status?: SituationStatus[] | null;
  categories?: SituationCategory[] | null;
  severities?: SituationSeverity[] | null;
  organizationId?: string | null;
  areaId?: string | null;
  openedFrom?: string | null;
  openedTo?: string | null;
  search?: string | null;
}

/** SQL conditions (with parameters in order) built one by one. */
class Conditions {
  readonly where: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): this {
    this.where.push(sql);
    this.params.push(...params);
    return this;
  }
  search(alias: string, text: string | null | undefined): this {
    const folded = text ? foldForSearch(text) : '';
    return folded ? this.add(`${alias}.search_key like ?`, `%${escapeLike(folded)}%`) : this;
  }
}

const textArray = (values: readonly string[]): string => `{${values.join(',')}}`;

/** The `situationReports` list (alias `r`), latest period first, restricted to what the viewer may read. */
export function reportListQuery(filter: ReportListFilter, access: ViewerAccess): ListQuery {
  const c = new Conditions();
  if (!access.isSystemAdmin)
    c.add(`r.organization_id = any(array${access.reach.sql})`, ...access.reach.params);
  if (filter.organizationId) c.add(IN_ORGANIZATION_SUBTREE_SQL('r.organization_id'), filter.organizationId);
  if (filter.periodFrom) c.add('r.period_end >= ?::date', filter.periodFrom);
  if (filter.periodTo) c.add('r.period_start <= ?::date', filter.periodTo);
  if (filter.flagged === true) c.add('jsonb_array_length(r.flagged_issues) > 0');
  if (filter.flagged === false) c.add('jsonb_array_length(r.flagged_issues) = 0');
  c.search('r', filter.search);
  return {
    select: 'r.*',
    from: 'situation_report r',
    parent: null,
    where: c.where,
    params: c.params,
    keys: [
      { expr: 'r.period_start', dir: 'desc', kind: 'date' },
      { expr: 'r.id', dir: 'desc', kind: 'uuid' },
    ],
  };
}

/** The `complexSituations` list (alias `s`), latest opened first, restricted to what the viewer may read. */
export function situationListQuery(filter: SituationListFilter, access: ViewerAccess): ListQuery {
  const c = new Conditions();
  if (!access.isSystemAdmin)
    c.add(SITUATION_VISIBLE_SQL(access.reach.sql), ...access.reach.params, ...access.reach.params);
  if (filter.status?.length) c.add('s.status = any(?::text[])', textArray(filter.status));
  if (filter.categories?.length) c.add('s.category = any(?::text[])', textArray(filter.categories));
  if (filter.severities?.length) c.add('s.severity = any(?::text[])', textArray(filter.severities));
  if (filter.organizationId) {
    c.add(
      `(${IN_ORGANIZATION_SUBTREE_SQL('s.organization_id')} or exists (select 1 from complex_situation_handler fh
         where fh.situation_id = s.id and ${IN_ORGANIZATION_SUBTREE_SQL('fh.organization_id')}))`,
      filter.organizationId,
      filter.organizationId,
    );
  }
  if (filter.areaId) c.add(`s.area_id in (${AREA_SUBTREE_SQL})`, filter.areaId);
  if (filter.openedFrom) c.add('s.opened_on >= ?::date', filter.openedFrom);
  if (filter.openedTo) c.add('s.opened_on <= ?::date', filter.openedTo);
  c.search('s', filter.search);
  return {
    select: 's.*',
    from: 'complex_situation s',
    parent: null,
    where: c.where,
    params: c.params,
    keys: [
      { expr: 's.opened_on', dir: 'desc', kind: 'date' },
      { expr: 's.id', dir: 'desc', kind: 'uuid' },
    ],
  };
}
