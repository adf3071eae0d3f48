import type { EntityManager } from '@mikro-orm/postgresql';

/** Tables that form a tree through `parent_id`. */
export type TreeTable = 'administrative_area' | 'organization';

/**
 * Ancestor ids of each of `ids` in a `parent_id` tree, nearest first, in one
 * recursive query for the whole batch (depth capped, so a damaged tree cannot loop).
 */
export async function ancestorIds(
  em: EntityManager,
  table: TreeTable,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await em.execute<{ start: string; id: string }[]>(
    `with recursive up as (
       select id as start, parent_id as id, 1 as depth from ${table} where id in (?)
       union all
       select up.start, t.parent_id, up.depth + 1 from ${table} t join up on t.id = up.id
        where up.depth < 64 and t.parent_id is not null
     ) select start, id from up where id is not null order by start, depth`,
    [[...ids]],
  );
  const byStart = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const row of rows) byStart.get(row.start)?.push(row.id);
  return byStart;
}
