import type { ViewerAccess } from '../../core/access.js';
import { Conditions } from '../../core/read/conditions.js';
import { type ListQuery, newestFirst, rootListQuery } from '../../core/read/keyset.js';
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

/** The `situationReports` list (alias `r`), latest period first, restricted to what the viewer may read. */
export function reportListQuery(filter: ReportListFilter, access: ViewerAccess): ListQuery {
  const c = new Conditions();
  if (!access.isSystemAdmin)
    c.add(`r.organization_id = any(array${access.reach.sql})`, ...access.reach.params);
  if (filter.organizationId) c.add(IN_ORGANIZATION_SUBTREE_SQL('r.organization_id'), filter.organizationId);
  c.given('r.period_end >= ?::date', filter.periodFrom).given('r.period_start <= ?::date', filter.periodTo);
  if (filter.flagged === true) c.add('jsonb_array_length(r.flagged_issues) > 0');
  if (filter.flagged === false) c.add('jsonb_array_length(r.flagged_issues) = 0');
  c.search('r.search_key', filter.search);
  return rootListQuery('situation_report', 'r', c, newestFirst('r', 'period_start'));
}

/** The `complexSituations` list (alias `s`), latest opened first, restricted to what the viewer may read. */
export function situationListQuery(filter: SituationListFilter, access: ViewerAccess): ListQuery {
  const c = new Conditions();
  if (!access.isSystemAdmin)
    c.add(SITUATION_VISIBLE_SQL(access.reach.sql), ...access.reach.params, ...access.reach.params);
  c.oneOf('s.status', filter.status)
    .oneOf('s.category', filter.categories)
    .oneOf('s.severity', filter.severities);
  if (filter.organizationId) {
    c.add(
      `(${IN_ORGANIZATION_SUBTREE_SQL('s.organization_id')} or exists (select 1 from complex_situation_handler fh
         where fh.situation_id = s.id and ${IN_ORGANIZATION_SUBTREE_SQL('fh.organization_id')}))`,
      filter.organizationId,
      filter.organizationId,
    );
  }
  if (filter.areaId) c.add(`s.area_id in (${AREA_SUBTREE_SQL})`, filter.areaId);
  c.given('s.opened_on >= ?::date', filter.openedFrom).given('s.opened_on <= ?::date', filter.openedTo);
  c.search('s.search_key', filter.search);
  return rootListQuery('complex_situation', 's', c, newestFirst('s', 'opened_on'));
}
