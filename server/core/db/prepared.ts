import { createHash } from 'node:crypto';
import type { Connection } from '@mikro-orm/postgresql';
import type { Pool, PoolClient, QueryResult } from 'pg';
import { codeOf } from './failures.js';

/**
 * Statements read outside a transaction are sent as named prepared statements
 * with their parameters bound (decision 027): PostgreSQL parses and plans each
 * distinct text once per connection (generic plans: `plan_cache_mode` in
 * `orm.ts`). MikroORM instead interpolates every parameter into the text, so
 * each statement was parsed and planned anew — three quarters of the database
 * time of a small query was planning.
 */

/**
 * How many distinct texts get a name. Each connection keeps a parsed statement and a
 * plan per name (the read path's largest, "my agency's tasks", holds about 330 KB in
 * PostgreSQL), so the cap bounds every connection's memory; further texts are bound but
 * unnamed, so planned each time, and not remembered.
 */
const MAX_NAMED = 300;
/** SQL state of a statement that cannot be prepared as written (parameter types unknown, several commands). */
const NOT_PREPARABLE = new Set(['42P18', '42P08', '42725', '42883', '42601', '42804']);
/** `cached plan must not change result type`: a migration changed a table a prepared `select *` reads. */
const PLAN_STALE = '0A000';

interface PreparedText {
  /** The text with `$1…$n` in place of MikroORM's `?`. */
  text: string;
  /** The prepared statement's name, or undefined beyond `MAX_NAMED`. */
  name: string | undefined;
}

const prepared = new Map<string, PreparedText | null>();

/** `in (` or `not in (` just before a placeholder, to be bound as one array. */
const LIST_BEFORE = /\b(not\s+)?in\s*\($/i;

/**
 * The text of `sql` with numbered placeholders, or null when it cannot be
 * bound: an identifier placeholder (`??`), a list placeholder anywhere but
 * `in (?)`, or a parameter count that does not match. MikroORM's own
 * placeholder rules: every `?` is a value, `\?` a literal question mark, and
 * an array a list of values — here `in (?)` becomes `= any($n)` (`not in`:
 * `<> all($n)`) with the array bound as one parameter.
 */
function numbered(sql: string, params: readonly unknown[]): string | null {
  let out = '';
  let n = 0;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (c === '\\' && sql[i + 1] === '?') {
      out += '?';
      i++;
    } else if (c === '?') {
      if (sql[i + 1] === '?') return null;
      if (Array.isArray(params[n])) {
        const list = LIST_BEFORE.exec(out);
        if (!list || sql[i + 1] !== ')') return null;
        out = `${out.slice(0, list.index)}${list[1] ? '<> all' : '= any'}($${++n}`;
      } else out += `$${++n}`;
    } else out += c;
  }
  return n === params.length ? out : null;
}

/** The key a text is remembered by: which of its parameters are lists changes the bound text. */
function keyOf(sql: string, params: readonly unknown[]): string {
  let lists = '';
  for (const param of params) lists += Array.isArray(param) ? 'l' : 'v';
  return lists.includes('l') ? `${lists}:${sql}` : sql;
}

/** Remembers what became of a text, for the first `MAX_NAMED` distinct texts only. */
function remember(key: string, entry: PreparedText | null): void {
  if (prepared.has(key) || prepared.size < MAX_NAMED) prepared.set(key, entry);
}

/** The bound form of `sql` (key: `keyOf`), named for the first `MAX_NAMED` distinct texts only. */
function preparedText(key: string, sql: string, params: readonly unknown[]): PreparedText | null {
  const known = prepared.get(key);
  if (known !== undefined) return known;
  const text = numbered(sql, params);
  if (text === null) {
    remember(key, null);
    return null;
  }
  if (prepared.size >= MAX_NAMED) return { text, name: undefined };
  const entry = { text, name: `phoihop_${createHash('sha1').update(text).digest('hex').slice(0, 20)}` };
  remember(key, entry);
  return entry;
}

/**
 * A parameter as PostgreSQL receives it, the same value MikroORM would have
 * written into the text; undefined when MikroORM quotes it specially (objects,
 * buffers), so the statement goes MikroORM's way.
 */
function bound(value: unknown): { value: unknown } | undefined {
  if (value === null || value === undefined) return { value: null };
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return { value };
    case 'bigint':
      return { value: value.toString() };
    case 'object':
      if (value instanceof Date) return { value: value.toISOString() };
      if (Array.isArray(value)) return boundList(value, true);
      return undefined;
    default:
      return undefined;
  }
}

/** `list`'s items bound (`bound`), or undefined if one cannot be; lists of lists cannot (`nested`). */
function boundList(list: readonly unknown[], nested = false): { value: unknown[] } | undefined {
  const values: unknown[] = [];
  for (const item of list) {
    const b = nested && Array.isArray(item) ? undefined : bound(item);
    if (!b) return undefined;
    values.push(b.value);
  }
  return { value: values };
}

/** What `Connection` keeps protected: its pool, and the timing and logging every statement goes through. */
interface InstrumentedConnection {
  getNativeClient(): Promise<Pool>;
  logQuery(query: string, context: { took: number; results?: number; level?: 'error' }): void;
}

async function runOnPool(pool: Pool, name: string | undefined, text: string, values: unknown[]) {
  const client: PoolClient = await pool.connect();
  try {
    const result: QueryResult = await client.query({ name, text, values });
    client.release();
    return result.rows;
  } catch (error) {
    // A connection holding a stale plan is closed, so its prepared statements go with it.
    client.release(codeOf(error) === PLAN_STALE ? (error as Error) : undefined);
    throw error;
  }
}

/**
 * The rows of `sql` (MikroORM placeholders) with `params`, read on
 * `connection`'s pool as a prepared statement; undefined when the statement
 * cannot be prepared (see `bound`, `numbered`, `NOT_PREPARABLE`), which the
 * caller then sends MikroORM's way. Timed and logged as MikroORM logs its own
 * statements (placeholders only, never the parameters); an attempt that could
 * not be prepared is not logged, since the caller sends the statement again.
 */
export async function readPrepared(
  connection: Connection,
  sql: string,
  params: readonly unknown[],
): Promise<Record<string, unknown>[] | undefined> {
  const key = keyOf(sql, params);
  const entry = preparedText(key, sql, params);
  const values = entry && boundList(params)?.value;
  if (!entry || !values) return undefined;
  const instrumented = connection as unknown as InstrumentedConnection;
  const pool = await instrumented.getNativeClient();
  const started = Date.now();
  try {
    const rows = await runOnPool(pool, entry.name, entry.text, values);
    instrumented.logQuery(sql, { took: Date.now() - started, results: rows.length });
    return rows;
  } catch (error) {
    const code = codeOf(error);
    if (code === PLAN_STALE) return undefined;
    if (code && NOT_PREPARABLE.has(code)) {
      remember(key, null);
      return undefined;
    }
    instrumented.logQuery(sql, { took: Date.now() - started, level: 'error' });
    throw error;
  }
}
