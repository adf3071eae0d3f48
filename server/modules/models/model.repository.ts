import type { ViewerAccess } from '../../core/access.js';
import type { ListQuery, SortKey } from '../../core/read/keyset.js';
import { escapeLike, foldForSearch } from '../../core/text.js';
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
function modelConditions(
  filter: ModelListFilter,
  access: ViewerAccess,
): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (!access.isSystemAdmin) {
    where.push(MODEL_VISIBLE_SQL('m', access.reach.sql));
    params.push(...access.reach.params, ...access.reach.params);
  }
  if (filter.year) {
    where.push(
      `exists (select 1 from model_year_status ys where ys.model_id = m.id and ys.year = ?${
        filter.status?.length ? ' and ys.status = any(?::text[])' : ''
      })`,
    );
    params.push(filter.year, ...(filter.status?.length ? [textArray(filter.status)] : []));
  } else if (filter.status?.length) {
    where.push('m.latest_status = any(?::text[])');
    params.push(textArray(filter.status));
  }
  if (filter.fields?.length) {
    where.push('m.field = any(?::text[])');
    params.push(textArray(filter.fields));
  }
  if (filter.ownerOrganizationId) {
    where.push(IN_ORGANIZATION_SUBTREE_SQL('m.owner_id'));
    params.push(filter.ownerOrganizationId);
  }
  if (filter.areaId) {
    where.push(`m.area_id in (${AREA_SUBTREE_SQL})`);
    params.push(filter.areaId);
  }
  if (filter.registeredFrom) {
    where.push('m.year_registered >= ?');
    params.push(filter.registeredFrom);
  }
  if (filter.registeredTo) {
    where.push('m.year_registered <= ?');
    params.push(filter.registeredTo);
  }
  const search = filter.search ? foldForSearch(filter.search) : '';
  if (search) {
    where.push('m.search_key like ?');
    params.push(`%${escapeLike(search)}%`);
  }
  return { where, params };
}

/** The `models` list: the filter, all in SQL, restricted to what the viewer may read, by name. */
export function modelListQuery(filter: ModelListFilter, access: ViewerAccess): ListQuery {
  return {
    select: 'm.*',
    from: 'mass_mobilization_model m',
    parent: null,
    ...modelConditions(filter, access),
    keys: BY_NAME,
  };
}
