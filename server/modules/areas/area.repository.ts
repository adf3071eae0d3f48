import { type ListQuery, PARENT, rootListQuery, type SortKey } from '../../core/read/keyset.js';
import { Conditions } from '../../core/read/conditions.js';
import type { AreaLevel } from './area.entity.js';

/** SQL that selects the id of area `?` and of every area below it. */
export const AREA_SUBTREE_SQL = `with recursive subtree as (
  select id from administrative_area where id = ?
  union all
  select a.id from administrative_area a join subtree s on a.parent_id = s.id
) select id from subtree`;

/** SQL condition: column `column` is in the subtree of an area (`?`, its only parameter). */
export const inAreaSubtree = (column: string): string => `${column} in (${AREA_SUBTREE_SQL})`;

/** Area lists are by name; the id makes the order total. */
const BY_NAME: SortKey[] = [
  { expr: 'a.name', dir: 'asc', kind: 'text' },
  { expr: 'a.id', dir: 'asc', kind: 'uuid' },
];

/** The `areas` list (alias `a`): every area is readable by signed-in users; the filter in SQL. */
export function areaListQuery(filter: {
  parentId?: string | null;
  levels?: AreaLevel[] | null;
  search?: string | null;
}): ListQuery {
  const conditions = new Conditions()
    .given('a.parent_id = ?', filter.parentId)
    .oneOf('a.level', filter.levels)
    .search('a.search_key', filter.search);
  return rootListQuery('administrative_area', 'a', conditions, BY_NAME);
}

/** The areas directly below each area (`PARENT`), by name. */
export const AREA_CHILDREN: ListQuery = {
  ...areaListQuery({}),
  parent: `a.parent_id = ${PARENT}`,
};
