import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { escapeLike, foldForSearch } from '../../core/text.js';
import { AdministrativeArea, type AreaLevel } from './area.entity.js';

/** SQL that selects the id of area `?` and of every area below it. */
export const AREA_SUBTREE_SQL = `with recursive subtree as (
  select id from administrative_area where id = ?
  union all
  select a.id from administrative_area a join subtree s on a.parent_id = s.id
) select id from subtree`;

/** Filter for areas, built in SQL. */
export function areaWhere(filter: {
  parentId?: string | null;
  levels?: AreaLevel[] | null;
  search?: string | null;
}): FilterQuery<AdministrativeArea> {
  const where: FilterQuery<AdministrativeArea> & Record<string, unknown> = {};
  if (filter.parentId) where.parent = filter.parentId;
  if (filter.levels?.length) where.level = { $in: filter.levels };
  const search = filter.search ? foldForSearch(filter.search) : '';
  if (search) where.searchKey = { $like: `%${escapeLike(search)}%` };
  return where;
}

/** A raw SQL condition (use as a filter key with value `[]`): column `column` is in the subtree of area `areaId`. */
export function inAreaSubtree(column: string, areaId: string) {
  return raw((alias: string) => `${alias}.${column} in (${AREA_SUBTREE_SQL})`, [areaId]);
}
