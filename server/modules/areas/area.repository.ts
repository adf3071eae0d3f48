import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
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

/** IDs of the ancestors of area `id`, nearest first (one recursive query). */
export async function areaAncestorIds(em: EntityManager, id: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `with recursive up as (
       select parent_id as id, 1 as depth from administrative_area where id = ?
       union all
       select a.parent_id, up.depth + 1 from administrative_area a join up on a.id = up.id where up.depth < 64
     ) select id from up where id is not null order by depth`,
    [id],
  );
  return rows.map((r) => r.id);
}

/** A raw SQL condition: the column `column` of the alias is in the subtree of area `areaId`. */
export function inAreaSubtree(column: string, areaId: string) {
  return raw((alias: string) => `${alias}.${column} in (${AREA_SUBTREE_SQL})`, [areaId]);
}
