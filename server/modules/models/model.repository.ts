import type { ViewerAccess } from '../../core/access.js';
import { type ListQuery, rootListQuery, type SortKey } from '../../core/read/keyset.js';
import { Conditions } from '../../core/read/conditions.js';
import { AREA_SUBTREE_SQL } from '../areas/area.repository.js';
import { IN_ORGANIZATION_SUBTREE_SQL } from '../organizations/organization.subtree.js';
import type { ModelField, ModelStatus } from './model.entity.js';
import { MODEL_VISIBLE_SQL } from './model.policy.js';

/** Filters of model lists, with database ids. Every field narrows; absent fields do not. */
export interface ModelListFilter {
  year?: number | null;
  status?: ModelStatus[] | null;
  fields?: ModelField[] | null;
  ownerOrganizationId?: string | null;
  areaId?: string | null;
  registeredFrom?: number | null;
  registeredTo?: number | null;
  search?: string | null;
}

/** By name, then id (a total order). */
const BY_NAME: SortKey[] = [
  { expr: 'm.name', dir: 'asc', kind: 'text' },
  { expr: 'm.id', dir: 'asc', kind: 'uuid' },
];

const textArray = (values: readonly string[]): string => `{${values.join(',')}}`;

/** The filter in SQL (alias `m`), restricted to what the viewer may read. */
function modelConditions(filter: ModelListFilter, access: ViewerAccess): Conditions {
  const c = new Conditions();
  if (!access.isSystemAdmin)
    c.add(MODEL_VISIBLE_SQL('m', access.reach.sql), ...access.reach.params, ...access.reach.params);
  if (filter.year) {
    const inStatus = filter.status?.length ? ' and ys.status = any(?::text[])' : '';
    c.add(
      `exists (select 1 from model_year_status ys where ys.model_id = m.id and ys.year = ?${inStatus})`,
      filter.year,
      ...(filter.status?.length ? [textArray(filter.status)] : []),
    );
  } else c.oneOf('m.latest_status', filter.status);
  c.oneOf('m.field', filter.fields);
  if (filter.ownerOrganizationId)
    c.add(IN_ORGANIZATION_SUBTREE_SQL('m.owner_id'), filter.ownerOrganizationId);
  return c
    .given(`m.area_id in (${AREA_SUBTREE_SQL})`, filter.areaId)
    .given('m.year_registered >= ?', filter.registeredFrom)
    .given('m.year_registered <= ?', filter.registeredTo)
    .search('m.search_key', filter.search);
}

/** The `models` list: the filter, all in SQL, restricted to what the viewer may read, by name. */
export function modelListQuery(filter: ModelListFilter, access: ViewerAccess): ListQuery {
  return rootListQuery('mass_mobilization_model', 'm', modelConditions(filter, access), BY_NAME);
}
