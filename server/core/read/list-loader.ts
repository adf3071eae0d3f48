import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context, LoaderFactory } from '../context.js';
import type { Page, PageArgs } from '../pagination.js';
import { type ListQuery, mapPage, type PageRequest, pageOf, readPages } from './keyset.js';
import { columnsOf, type Plain, selectList, toPlain } from './rows.js';
import { selectedFields, selectsCursors, selectsField } from './selection.js';

const NODES = ['edges', 'node'];

/**
 * The page a connection field asks for: its arguments, `count` when the
 * client selected `totalCount`, the `fields` its selection reads of the nodes,
 * and whether it selected any cursor.
 */
export function pageRequest(page: PageArgs, info: GraphQLResolveInfo): PageRequest {
  return {
    first: page.first ?? null,
    after: page.after ?? null,
    count: selectsField(info, 'totalCount'),
    fields: selectedFields(info, NODES),
    cursors: selectsCursors(info),
  };
}

/**
 * `query` selecting only the columns of `entity` that `page.fields` need, when
 * it selects whole rows of one alias (`x.*`); otherwise `query` as it is.
 */
function selectingFields(
  em: EntityManager,
  entity: EntityClass<object>,
  query: ListQuery,
  page: PageRequest,
) {
  const alias = /^(\w+)\.\*$/.exec(query.select)?.[1];
  const columns = alias ? columnsOf(em, entity, page.fields ?? null) : null;
  return columns && alias ? { ...query, select: selectList(alias, columns) } : query;
}

/** Key of a per-parent list loader: the parent id and the list's arguments (plain JSON). */
export const listKey = (parentId: string, args: object): string => `${parentId}|${JSON.stringify(args)}`;

/**
 * A per-request loader of lists per parent (key: `listKey(parentId, args)`):
 * the keys of a batch are grouped by their arguments and `read` runs once
 * per group with every parent id of it, so a nested list costs one statement
 * per distinct arguments, never one per parent. `read` answers per parent id.
 */
export function listLoader<A, T>(
  read: (ctx: Context, args: A, parentIds: string[]) => Promise<(parentId: string) => T>,
): LoaderFactory<string, T> {
  return (ctx: Context) => async (keys) => {
    const groups = new Map<string, Set<string>>();
    for (const key of keys) {
      const bar = key.indexOf('|');
      const args = key.slice(bar + 1);
      const ids = groups.get(args) ?? new Set<string>();
      ids.add(key.slice(0, bar));
      groups.set(args, ids);
    }
    const answers = new Map<string, T>();
    for (const [args, ids] of groups) {
      const answer = await read(ctx, JSON.parse(args) as A, [...ids]);
      for (const id of ids) answers.set(`${id}|${args}`, answer(id));
    }
    return keys.map((key) => answers.get(key) as T);
  };
}

/** One page of `query` (one list, `parent: null`) as plain records of `entity`: one statement. */
export async function readPlainPage<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  query: ListQuery,
  page: PageRequest,
): Promise<Page<Plain<T>>> {
  const pages = await readPages(em, selectingFields(em, entity, query, page), null, page);
  return mapPage(pageOf(pages, null, !!page.after), (row) => toPlain(em, entity, row));
}

/** Reads the pages of `query` for `parentIds` (one statement) and answers per parent id as plain `entity` records. */
async function pagesPerParent<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  query: ListQuery,
  parentIds: string[],
  page: PageRequest,
): Promise<(parentId: string) => Page<Plain<T>>> {
  const pages = await readPages(em, selectingFields(em, entity, query, page), parentIds, page);
  return (id) => mapPage(pageOf(pages, id, !!page.after), (row) => toPlain(em, entity, row));
}

/**
 * A `listLoader` of a page of plain `entity` records per parent (key:
 * `listKey(parentId, args)`), `query` giving the per-parent list for the
 * arguments: one statement per distinct arguments, whatever the number of parents.
 */
export function plainPagesLoader<A extends { page: PageRequest }, T extends object>(
  entity: EntityClass<T>,
  query: (ctx: Context, args: A) => ListQuery | Promise<ListQuery>,
): LoaderFactory<string, Page<Plain<T>>> {
  return listLoader<A, Page<Plain<T>>>(async (ctx, args, parentIds) =>
    pagesPerParent(ctx.em, entity, await query(ctx, args), parentIds, args.page),
  );
}

/**
 * A `listLoader` of a page of plain `entity` records per parent of one fixed
 * list `query` (key: `listKey(parentId, PageRequest)`): one statement per distinct page.
 */
export function plainChildPagesLoader<T extends object>(
  entity: EntityClass<T>,
  query: ListQuery,
): LoaderFactory<string, Page<Plain<T>>> {
  return listLoader<PageRequest, Page<Plain<T>>>(async (ctx, page, parentIds) =>
    pagesPerParent(ctx.em, entity, query, parentIds, page),
  );
}
