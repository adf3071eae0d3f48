import type { Context, LoaderFactory } from './context.js';

const byIdFactories = new Map<Function, LoaderFactory<string, unknown>>();

/**
 * The per-request "records of `entity` by id" loader: one query per batch,
 * `null` for missing ids. One factory per entity class, so every module that
 * asks for the same entity shares one cache within a request.
 */
export function byId<T extends { id: string }>(entity: new () => T): LoaderFactory<string, T | null> {
  let factory = byIdFactories.get(entity) as LoaderFactory<string, T | null> | undefined;
  if (!factory) {
    factory = (ctx: Context) => async (ids) => {
      const rows = (await ctx.em.find(entity, { id: { $in: [...ids] } } as never)) as T[];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    };
    byIdFactories.set(entity, factory as LoaderFactory<string, unknown>);
  }
  return factory;
}

/** Groups `rows` by `keyOf`, in the order of `keys` (empty list for a key without rows): a batch's answer. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
