import type { GraphQLResolveInfo } from 'graphql';
import type { Context, LoaderFactory } from '../context.js';
import type { PageArgs } from '../pagination.js';
import type { PageRequest } from './keyset.js';
import { selectsField } from './selection.js';

/** The page a connection field asks for: its arguments, and `count` when the client selected `totalCount`. */
export function pageRequest(page: PageArgs, info: GraphQLResolveInfo): PageRequest {
  return { first: page.first ?? null, after: page.after ?? null, count: selectsField(info, 'totalCount') };
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
