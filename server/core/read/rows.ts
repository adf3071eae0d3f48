import {
  type Collection,
  type EntityClass,
  type EntityManager,
  type EntityProperty,
  ReferenceKind,
  type Ref,
} from '@mikro-orm/postgresql';
import { uuidArray } from '../access.js';
import { GRAPHQL_TYPE } from '../node.js';
import type { Fields } from './selection.js';

/** A raw database row (column name → value). */
export type Row = Record<string, unknown>;

/** A to-one reference in a plain record: only the id. */
export interface IdRef {
  id: string;
}

type ReadOnlyValue<V> = [V] extends [Ref<object>]
  ? IdRef
  : [V] extends [Ref<object> | null]
    ? IdRef | null
    : V;

/**
 * What read-only requests work with: entity `T`'s columns as plain
 * properties, each to-one reference as `{ id }`; no identity map, no
 * change tracking, no methods. A managed entity is also a `Plain<T>`, so
 * field resolvers accept either.
 */
export type Plain<T> = {
  readonly [K in keyof T as T[K] extends (...args: never[]) => unknown
    ? never
    : T[K] extends Collection<object>
      ? never
      : K]: ReadOnlyValue<T[K]>;
};

type ColumnReader = [property: string, column: string, read: (value: unknown) => unknown];

/** How rows of one entity become plain records: the column readers and the records' prototype. */
interface PlainShape {
  readers: ColumnReader[];
  prototype: object;
}

const shapes = new WeakMap<object, PlainShape>();
const prototypes = new WeakMap<object, object>();

/**
 * Plain records of `entity` are instances of `objectType`, the type-graphql
 * class of GraphQL type `typeName`: type-graphql then hands them to field
 * resolvers as they are (it copies any other root into a new instance of the
 * class on every resolved field), and `Node` resolves their type. Called
 * once, beside the object type's class.
 */
export function readAs(
  entity: EntityClass<object>,
  objectType: abstract new () => object,
  typeName: string,
): void {
  Object.defineProperty(objectType.prototype, GRAPHQL_TYPE, { value: typeName });
  prototypes.set(entity, objectType.prototype);
  shapes.delete(entity);
}

const asIs = (value: unknown): unknown => value;
const asDate = (value: unknown): unknown =>
  value === null || value === undefined || value instanceof Date ? value : new Date(String(value));
const asNumber = (value: unknown): unknown => (typeof value === 'string' ? Number(value) : value);
const asBigInt = (value: unknown): unknown =>
  typeof value === 'string' || typeof value === 'number' ? BigInt(value) : value;
const BY_RUNTIME_TYPE: Record<string, (value: unknown) => unknown> = {
  Date: asDate,
  number: asNumber,
  bigint: asBigInt,
};
const asRef = (value: unknown): unknown =>
  value === null || value === undefined ? null : { id: String(value) };

function readerOf(prop: EntityProperty): ColumnReader | null {
  if (prop.persist === false || !prop.fieldNames?.length) return null;
  if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
    return [prop.name, prop.fieldNames[0], asRef];
  }
  if (prop.kind !== ReferenceKind.SCALAR) return null;
  return [prop.name, prop.fieldNames[0], BY_RUNTIME_TYPE[prop.runtimeType] ?? asIs];
}

/**
 * The records' prototype: the object type's (`readAs`), else one naming the
 * entity as the GraphQL type (how `Node` resolves it).
 */
function shapeOf(em: EntityManager, entity: EntityClass<object>): PlainShape {
  let shape = shapes.get(entity);
  if (!shape) {
    const meta = em.getMetadata().get(entity);
    shape = {
      readers: meta.props.map(readerOf).filter((r): r is ColumnReader => r !== null),
      prototype: prototypes.get(entity) ?? { [GRAPHQL_TYPE]: entity.name },
    };
    shapes.set(entity, shape);
  }
  return shape;
}

/**
 * Turns a raw row of `entity`'s table (`select x.*`) into a plain record
 * (see `Plain`): property names from the entity's metadata, timestamps as
 * `Date`, references as `{ id }`. Cheap: no entity, no identity map.
 */
export function toPlain<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Row): Plain<T> {
  const shape = shapeOf(em, entity);
  const out = Object.create(shape.prototype) as Record<string, unknown>;
  for (const [property, column, read] of shape.readers) {
    const value = row[column];
    // A column the statement did not select (`columnsOf`) stays absent.
    if (value !== undefined) out[property] = read(value);
  }
  return out as Plain<T>;
}

const columnLists = new WeakMap<object, Map<string, string[] | null>>();

function computeColumns(em: EntityManager, entity: EntityClass<object>, fields: string): string[] | null {
  const meta = em.getMetadata().get(entity);
  const columns = new Set<string>();
  for (const name of fields.split(',')) {
    const prop = meta.properties[name as keyof typeof meta.properties] as EntityProperty | undefined;
    // Not a column of the entity (a getter of the object type, a collection): read the whole row.
    if (!prop || !readerOf(prop)) return null;
    columns.add(prop.fieldNames[0]);
  }
  return [...columns];
}

/**
 * The columns of `entity`'s table that records read with `fields` need (see
 * `selectedFields`), or null for the whole row: when `fields` is null, or
 * names a property that is not a column. Cached per entity and fields.
 */
export function columnsOf(em: EntityManager, entity: EntityClass<object>, fields: Fields): string[] | null {
  if (fields === null) return null;
  let byFields = columnLists.get(entity);
  if (!byFields) {
    byFields = new Map();
    columnLists.set(entity, byFields);
  }
  let columns = byFields.get(fields);
  if (columns === undefined) {
    columns = computeColumns(em, entity, fields);
    byFields.set(fields, columns);
  }
  return columns;
}

/** A select list of `columns` of table alias `alias` (null: every column). */
export const selectList = (alias: string, columns: readonly string[] | null): string =>
  columns === null ? `${alias}.*` : columns.map((c) => `${alias}."${c}"`).join(', ');

/**
 * The plain records of `entity` with ids `ids` (with the properties of
 * `fields` only, when given), one statement; missing ids are absent.
 */
export async function readByIds<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  ids: readonly string[],
  fields: Fields = null,
): Promise<Map<string, Plain<T>>> {
  const table = em.getMetadata().get(entity).tableName;
  const select = selectList(`"${table}"`, columnsOf(em, entity, fields));
  const rows = await em.execute<Row[]>(`select ${select} from "${table}" where id = any(?::uuid[])`, [
    uuidArray(ids),
  ]);
  return new Map(rows.map((row) => [String(row.id), toPlain(em, entity, row)]));
}

/** The rows of `sql` (selecting whole rows of `entity`'s table) as plain records of `entity`. */
export async function readRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  sql: string,
  params: unknown[],
): Promise<Plain<T>[]> {
  const rows = await em.execute<Row[]>(sql, params);
  return rows.map((row) => toPlain(em, entity, row));
}

/** What `readWithReferenced` reads: rows of `table` (`select *` filtered by `where`), ordered by `orderBy`. */
export interface ReferencingQuery {
  table: string;
  /** SQL condition over the table's columns (no alias). */
  where: string;
  params: unknown[];
  /** SQL order over the table's columns (no alias). */
  orderBy: string;
  /** The column whose referenced rows come along, and the table they are in. */
  references: { column: string; table: string };
  /** The columns to read (with the one `references` names); null: whole rows. */
  columns: readonly string[] | null;
  /** The columns of the referenced rows to read; null: whole rows. */
  referencedColumns: readonly string[] | null;
}

/** A JSON object of `columns` of the row `alias` (null: the whole row). */
const jsonOf = (alias: string, columns: readonly string[] | null): string =>
  columns === null ? alias : `json_build_object(${columns.map((c) => `'${c}', ${alias}."${c}"`).join(', ')})`;

/**
 * The rows of a query and, in the same statement, the distinct rows they
 * reference (e.g. assignments and their organizations): the referenced rows
 * come as one JSON array on one extra row, so each is read and converted
 * once, not once per referencing row. Returns both as raw rows.
 */
export async function readWithReferenced(
  em: EntityManager,
  query: ReferencingQuery,
): Promise<{ rows: Row[]; referenced: Row[] }> {
  const { table, references } = query;
  const all = await em.execute<Row[]>(
    `with r as materialized (
       select ${selectList(`"${table}"`, query.columns)}, row_number() over (order by ${query.orderBy}) as rp_n
         from "${table}" where ${query.where})
     select x.* from (
       select r.*, null::json as rp_referenced, 0 as rp_kind from r
       union all
       select r.*, (select json_agg(${jsonOf('ref', query.referencedColumns)}) from "${references.table}" ref
               where ref.id in (select "${references.column}" from r)), 1
         from (select 1) rp_one left join r on false
     ) x order by x.rp_kind, x.rp_n`,
    query.params,
  );
  const extra = all.pop();
  return { rows: all, referenced: (extra?.rp_referenced as Row[] | null) ?? [] };
}
