import type { EntityClass } from '@mikro-orm/postgresql';
import { type Context, type LoaderFactory, loadNow, loadNowPreferring, primeLoader } from './context.js';
import { type Plain, readByIds } from './read/rows.js';
import { type Fields, fieldsKey, splitFieldsKey, unionOf } from './read/selection.js';

const byIdFactories = new Map<Function, LoaderFactory<string, unknown>>();

/**
 * The per-request "records of `entity` by id" loader: one query per batch,
 * `null` for missing ids. Records are plain (`Plain<T>`: read-only, not
 * managed; commands load entities through `ctx.em`). One factory per entity
 * class, so every module that asks for the same entity shares one cache within a request.
 * A key is an id (the whole record) or `fieldsKey(id, fields)` (at least those
 * properties: a batch reads the union of its keys' fields).
 */
export function byId<T extends { id: string }>(
  entity: EntityClass<T>,
): LoaderFactory<string, Plain<T> | null> {
  let factory = byIdFactories.get(entity) as LoaderFactory<string, Plain<T> | null> | undefined;
  if (!factory) {
    factory = (ctx: Context) => async (keys) => {
      const split = keys.map(splitFieldsKey);
      const ids = [...new Set(split.map(([id]) => id))];
      const found = await readByIds(ctx.em, entity, ids, unionOf(split.map(([, fields]) => fields)));
      return split.map(([id]) => found.get(id) ?? null);
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

/** The records of a `loadMany` answer, without the misses (null) and the failures. */
export function loaded<T>(values: readonly (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

/**
 * Puts records a query already joined into the request's `factory` loader
 * (ids already loaded are left alone), so the records they point to cost no
 * statement of their own. Records read with `fields` only go under
 * `fieldsKey(id, fields)`, never where a whole record is expected.
 */
export function prime<T extends { id: string }>(
  ctx: Context,
  factory: LoaderFactory<string, T | null>,
  records: T[],
  fields: Fields = null,
): void {
  for (const record of records) primeLoader(ctx, factory, fieldsKey(record.id, fields), record);
}

/**
 * The record `id` of a `byId` loader with at least the properties of `fields`:
 * the whole record when the request already holds it, else `fieldsKey(id, fields)`.
 */
export function loadWithFields<T>(
  ctx: Context,
  factory: LoaderFactory<string, T | null>,
  id: string,
  fields: Fields,
): T | null | Promise<T | null> {
  return fields === null
    ? loadNow(ctx, factory, id)
    : loadNowPreferring(ctx, factory, id, fieldsKey(id, fields));
}
