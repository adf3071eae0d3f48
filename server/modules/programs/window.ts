import { Cursor, type EntityClass, type EntityManager, type QueryOrderMap } from '@mikro-orm/postgresql';
import type { Page } from '../../core/pagination.js';

/** The rows to page per parent: SQL selecting the entity's table columns plus the parent key as `__parent`. */
export interface WindowSource {
  sql: string;
  params: unknown[];
}

/**
 * "First N per parent" in one query: numbers the rows of `source` per
 * `__parent` in the order `orderSql` (over the source's columns, e.g.
 * `created_at desc, id desc`) and keeps the first `first` of each, with each
 * parent's total. Returns one Relay page per parent (empty pages included);
 * cursors are MikroORM's for `orderBy` (which must say the same order as
 * `orderSql`), so the next page can be read with `paginate(… after)`.
 */
export async function firstPerParent<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  parentIds: readonly string[],
  source: WindowSource,
  orderSql: string,
  orderBy: QueryOrderMap<T>,
  first: number,
): Promise<Map<string, Page<T>>> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select * from (
       select x.*, row_number() over (partition by x.__parent order by ${orderSql}) as __rn,
              count(*) over (partition by x.__parent) as __total
         from (${source.sql}) x
     ) w where w.__rn <= ? order by w.__parent, w.__rn`,
    [...source.params, first],
  );
  const meta = em.getMetadata(entity);
  const pages = new Map<string, Page<T>>();
  for (const id of parentIds) {
    pages.set(id, {
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    });
  }
  for (const { __parent, __rn: _rn, __total, ...data } of rows) {
    const page = pages.get(String(__parent));
    if (!page) continue;
    const node = em.map(entity, data as never);
    const cursor = Cursor.for(meta, node as never, orderBy as never);
    page.edges.push({ node, cursor });
    page.totalCount = Number(__total);
    page.pageInfo.hasNextPage = page.totalCount > first;
    page.pageInfo.startCursor ??= cursor;
    page.pageInfo.endCursor = cursor;
  }
  return pages;
}
