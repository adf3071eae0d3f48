import { Cursor, type EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../access.js';
import { badInput } from '../errors.js';
import { type Page, type PageArgs, pageSize } from '../pagination.js';
import type { Row } from './rows.js';
import type { Fields } from './selection.js';

/** Type of a sort key, for casting cursor values back and validating them. */
export type SortKind = 'date' | 'timestamp' | 'int' | 'bigint' | 'uuid' | 'text';

/** One sort key of a keyset order. The last key of an order must be unique (an id). */
export interface SortKey {
  /** SQL expression over the aliases of `from`. */
  expr: string;
  dir: 'asc' | 'desc';
  kind: SortKind;
}

/** The parent id in a `ListQuery`'s `parent` condition (a uuid). */
export const PARENT = 'rp_o.rp_owner';

/**
 * A list declared once: `select <select> from <from> where <parent> and
 * <where>`, ordered by `keys`, optionally one list per parent (`parent`: a
 * condition tying a row to its parent `PARENT`, e.g. `t.program_id =
 * ${PARENT}`; null for one list). `?` placeholders take `params` in the
 * order they appear in `from`, `parent`, then `where`.
 */
export interface ListQuery {
  select: string;
  from: string;
  parent: string | null;
  where: string[];
  params: unknown[];
  keys: SortKey[];
  /**
   * Read the primary even in a request whose reads go to a replica
   * (decision 011): for a list that must be current by construction, such as
   * the inbox catch-up after a cursor.
   */
  primary?: boolean;
}

/**
 * The one list (no parent) of `table`'s rows, aliased `alias` (`table` may be
 * a parenthesized subquery), that meet `conditions`, in `keys` order.
 */
export function rootListQuery(
  table: string,
  alias: string,
  conditions: { where: string[]; params: unknown[] },
  keys: SortKey[],
): ListQuery {
  return {
    select: `${alias}.*`,
    from: `${table} ${alias}`,
    parent: null,
    where: conditions.where,
    params: conditions.params,
    keys,
  };
}

/** Newest first: by `alias.column` descending (a `kind` value), then by id descending. */
export const newestFirst = (alias: string, column: string, kind: SortKind = 'date'): SortKey[] => [
  { expr: `${alias}.${column}`, dir: 'desc', kind },
  { expr: `${alias}.id`, dir: 'desc', kind: 'uuid' },
];

/** How a page is read: the client's page arguments and whether `totalCount` is needed. */
export interface PageRequest extends PageArgs {
  /** Count the matching rows (only when the client selected `totalCount`). */
  count: boolean;
  /** What the client's selection reads of the nodes (`selectedFields`); absent or null: whole records. */
  fields?: Fields;
  /**
   * False when the client selected neither the edges' `cursor` nor `pageInfo`:
   * the statement then reads no sort keys as text and the edges' cursors are empty.
   */
  cursors?: boolean;
}

const CAST: Record<SortKind, string> = {
  date: 'date',
  timestamp: 'timestamptz',
  int: 'int',
  bigint: 'bigint',
  uuid: 'uuid',
  text: 'text',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$/;

function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const VALID: Record<SortKind, (v: unknown) => boolean> = {
  date: (v) => typeof v === 'string' && validDate(v),
  timestamp: (v) => typeof v === 'string' && TIMESTAMP.test(v) && validDate(v.slice(0, 10)),
  int: (v) => typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31,
  bigint: (v) => typeof v === 'string' && /^-?\d{1,18}$/.test(v),
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  text: (v) => typeof v === 'string' && v.length <= 2000 && !v.includes('\u0000'),
};

/** Decodes an `after` cursor for `keys`; BAD_USER_INPUT (never a SQL error) when it does not fit. */
export function decodeCursor(after: string, keys: SortKey[]): unknown[] {
  let values: unknown;
  try {
    values = Cursor.decode(after);
  } catch {
    values = null;
  }
  if (
    !Array.isArray(values) ||
    values.length !== keys.length ||
    !values.every((v, i) => VALID[keys[i].kind](v))
  ) {
    throw badInput('after', 'after is not a valid cursor');
  }
  return values;
}

/** `(k0, k1, …) > (c0, c1, …)` in the order's own directions, as OR-ed prefixes. */
function keysetCondition(keys: SortKey[], values: unknown[]): [string, unknown[]] {
  const ors: string[] = [];
  const params: unknown[] = [];
  keys.forEach((key, i) => {
    const ands: string[] = [];
    for (let j = 0; j < i; j++) {
      ands.push(`${keys[j].expr} = ?::${CAST[keys[j].kind]}`);
      params.push(values[j]);
    }
    ands.push(`${key.expr} ${key.dir === 'asc' ? '>' : '<'} ?::${CAST[key.kind]}`);
    params.push(values[i]);
    ors.push(`(${ands.join(' and ')})`);
  });
  return [`(${ors.join(' or ')})`, params];
}

const ROOT = '';

/**
 * Reads one page of `query` for every parent of `parentIds` (or of the one
 * list when `query.parent` is null) in ONE statement: for each parent a
 * `lateral` subquery applies the filter and the keyset condition and stops
 * at `first + 1` rows (`limit`), so no parent's rows are read and ranked
 * beyond its page; `count(*)` runs only when `page.count`. Returns, per
 * parent id (`''` for one list), a page of raw rows (`pageOf`, `mapPage`);
 * the rows still carry the engine's `rp_…` columns, which the mappers
 * (`toPlain`, or a read of named columns) never look at — copying every row
 * without them cost the shared-plans page an object per row.
 */
export async function readPages(
  em: EntityManager,
  query: ListQuery,
  parentIds: readonly string[] | null,
  page: PageRequest,
): Promise<Map<string, Page<Row>>> {
  const first = pageSize(page.first);
  const after = page.after ? decodeCursor(page.after, query.keys) : null;
  const perParent = parentIds !== null;
  if (perParent !== (query.parent !== null))
    throw new Error('readPages: parent ids go with a parent condition');
  const where = [...(query.parent ? [query.parent] : []), ...query.where];
  const filtered = `from ${query.from} where ${where.length ? where.join(' and ') : 'true'}`;
  const [keyset, keysetParams] = after ? keysetCondition(query.keys, after) : ['true', []];
  const owners = `${perParent ? 'unnest(?::uuid[])' : '(values (null::uuid))'} as rp_o(rp_owner)`;
  const cursors = page.cursors !== false;
  const keyColumns = cursors ? query.keys.map((k, i) => `, (${k.expr})::text as rp_k${i}`).join('') : '';
  const sql = `select rp_o.rp_owner, r.*${page.count ? ', c.rp_total' : ''}
      from ${owners}
      left join lateral (
        select ${query.select}, true as rp_row${keyColumns}
          ${filtered} and ${keyset}
         order by ${query.keys.map((k) => `${k.expr} ${k.dir}`).join(', ')}
         limit ?
      ) r on true${page.count ? `\n      cross join lateral (select count(*) as rp_total ${filtered}) c` : ''}`;
  const params = [
    ...(perParent ? [uuidArray(parentIds)] : []),
    ...query.params,
    ...keysetParams,
    first + 1,
    ...(page.count ? query.params : []),
  ];
  const rows = await em.execute<Row[]>(sql, params, {
    method: 'all',
    ...(query.primary ? { connectionType: 'write' as const } : {}),
  });
  return collectPages(rows, cursors ? query.keys : null, first, !!after);
}

/**
 * Groups the statement's rows into pages per owner (`rp_owner`), cutting each
 * at `first`; cursors from the sort keys, empty when `keys` is null.
 */
function collectPages(
  rows: Row[],
  keys: SortKey[] | null,
  first: number,
  after: boolean,
): Map<string, Page<Row>> {
  const pages = new Map<string, Page<Row>>();
  for (const row of rows) {
    const owner = row.rp_owner === null ? ROOT : String(row.rp_owner);
    let current = pages.get(owner);
    if (!current) {
      current = emptyPage(Number(row.rp_total ?? 0), after);
      pages.set(owner, current);
    }
    if (row.rp_row !== true) continue;
    if (current.edges.length === first) {
      current.pageInfo.hasNextPage = true;
      continue;
    }
    const cursor = keys ? Cursor.encode(keys.map((k, i) => keyValue(k.kind, row[`rp_k${i}`]))) : '';
    current.edges.push({ cursor, node: row });
  }
  for (const current of pages.values()) {
    current.pageInfo.startCursor = current.edges[0]?.cursor ?? null;
    current.pageInfo.endCursor = current.edges.at(-1)?.cursor ?? null;
  }
  return pages;
}

/** The page of parent `id` in the result of `readPages` (an empty page when it has no rows). */
export function pageOf(pages: Map<string, Page<Row>>, id: string | null, after: boolean): Page<Row> {
  return pages.get(id ?? ROOT) ?? emptyPage(0, after);
}

/** Turns the raw rows of a page into records (usually `toPlain`). */
export function mapPage<T>(page: Page<Row>, map: (row: Row) => T): Page<T> {
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) })) };
}

function emptyPage(totalCount: number, hasPreviousPage: boolean): Page<Row> {
  return {
    edges: [],
    totalCount,
    pageInfo: { hasNextPage: false, hasPreviousPage, startCursor: null, endCursor: null },
  };
}

function keyValue(kind: SortKind, text: unknown): unknown {
  return kind === 'int' ? Number(text) : text;
}
