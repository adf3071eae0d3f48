import { Cursor, type EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../core/errors.js';
import { type Page, type PageArgs, pageSize } from '../../core/pagination.js';

/** Type of a sort key, for casting cursor values back and validating them. */
export type SortKind = 'date' | 'timestamp' | 'int' | 'uuid';

/** One sort key of a keyset order. The last key of an order must be unique (an id). */
export interface SortKey {
  /** SQL expression over the aliases of `from`. */
  expr: string;
  dir: 'asc' | 'desc';
  kind: SortKind;
}

/**
 * A list query paged per parent: `select <select> from <from> where <where>`,
 * partitioned by `parent` (a uuid expression; null for one list), ordered by
 * `keys`. `?` placeholders take `params` in the order they appear in `from`
 * then `where`.
 */
export interface WindowedQuery {
  select: string;
  from: string;
  parent: string | null;
  where: string[];
  params: unknown[];
  keys: SortKey[];
}

/** A raw row of a windowed query (the columns of `select`). */
export type Row = Record<string, unknown>;

const CAST: Record<SortKind, string> = { date: 'date', timestamp: 'timestamptz', int: 'int', uuid: 'uuid' };
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
  uuid: (v) => typeof v === 'string' && UUID.test(v),
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
      ands.push(`x.wp_s${j} = ?::${CAST[keys[j].kind]}`);
      params.push(values[j]);
    }
    ands.push(`x.wp_s${i} ${key.dir === 'asc' ? '>' : '<'} ?::${CAST[key.kind]}`);
    params.push(values[i]);
    ors.push(`(${ands.join(' and ')})`);
  });
  return [`(${ors.join(' or ')})`, params];
}

const ROOT = '';

/**
 * Runs `query` for every parent of `parentIds` (or once, as one list, when
 * `query.parent` is null) in ONE statement: the filtered rows are ranked per
 * parent with `row_number()`, the page after `page.after` is cut with a
 * keyset condition, and each parent's total is counted over the filter.
 * Returns, per parent id (`''` for one list), the page's raw rows; the caller
 * maps them to entities with `mapPage`.
 */
export async function windowedPages(
  em: EntityManager,
  query: WindowedQuery,
  parentIds: readonly string[] | null,
  page: PageArgs,
): Promise<Map<string, Page<Row>>> {
  const first = pageSize(page.first);
  const after = page.after ? decodeCursor(page.after, query.keys) : null;
  const parent = query.parent ?? `''`;
  const where = [...query.where];
  const params = [...query.params];
  if (query.parent && parentIds) {
    where.push(`${query.parent} = any(?::uuid[])`);
    params.push(`{${parentIds.join(',')}}`);
  }
  const order = query.keys.map((k, i) => `x.wp_s${i} ${k.dir}`).join(', ');
  const [keyset, keysetParams] = after ? keysetCondition(query.keys, after) : ['true', []];
  const sql = `with base as (
      select ${query.select}, (${parent})::text as wp_parent,
             ${query.keys.map((k, i) => `${k.expr} as wp_s${i}, (${k.expr})::text as wp_k${i}`).join(', ')}
        from ${query.from}
       where ${where.length ? where.join(' and ') : 'true'}
    ), totals as (
      select wp_parent, count(*) as wp_total from base group by wp_parent
    ), ranked as (
      select x.*, row_number() over (partition by x.wp_parent order by ${order}) as wp_rn
        from base x where ${keyset}
    )
    select t.wp_parent as wp_owner, t.wp_total as wp_owner_total, r.*
      from totals t left join ranked r on r.wp_parent = t.wp_parent and r.wp_rn <= ?
     order by t.wp_parent, r.wp_rn`;
  const rows = await em.execute<Row[]>(sql, [...params, ...keysetParams, first + 1]);
  const pages = new Map<string, Page<Row>>();
  for (const row of rows) {
    const owner = String(row.wp_owner);
    let current = pages.get(owner);
    if (!current) {
      current = emptyPage(Number(row.wp_owner_total), !!after);
      pages.set(owner, current);
    }
    if (row.wp_rn === null || row.wp_rn === undefined) continue;
    if (current.edges.length === first) {
      current.pageInfo.hasNextPage = true;
      continue;
    }
    const cursor = Cursor.encode(query.keys.map((k, i) => keyValue(k.kind, row[`wp_k${i}`])));
    current.edges.push({ cursor, node: stripMeta(row) });
  }
  for (const current of pages.values()) {
    current.pageInfo.startCursor = current.edges[0]?.cursor ?? null;
    current.pageInfo.endCursor = current.edges.at(-1)?.cursor ?? null;
  }
  return pages;
}

/** The page of parent `id` in the result of `windowedPages` (an empty page when it has no rows). */
export function pageOf(pages: Map<string, Page<Row>>, id: string | null, after: boolean): Page<Row> {
  return pages.get(id ?? ROOT) ?? emptyPage(0, after);
}

/** Turns the raw rows of a page into entities (or anything else). */
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

/** The row without the bookkeeping columns (`wp_…`). */
function stripMeta(row: Row): Row {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) if (!key.startsWith('wp_')) out[key] = value;
  return out;
}
