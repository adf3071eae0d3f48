import type { Role, SqlFragment, ViewerAccess } from './access.js';
import { PARENT } from './read/keyset.js';

/**
 * Where ids that decide who reads a record sit, seen from a list's row
 * (alias `row`): a uuid column of the row; a `text[]` column of it (tested
 * with `&&`, GIN-indexed); or a column of the rows of another table tied to
 * it (`table.key = row.on`, `on` defaulting to the row's id).
 */
export type Place = { column: string } | { arrayColumn: string } | TablePlace;

/** A place in another table: its `column` on the rows where `key = row.on` (`on` defaulting to the row's id). */
export interface TablePlace {
  table: string;
  key: string;
  on?: string;
  column: string;
}

/** Ids of a record that let a viewer read it: in memory (`ids`) and in SQL (`at`, tried in this order). */
export interface Holders<T> {
  ids: (record: T) => readonly (string | null)[];
  at: Place[];
}

/** What a read rule is declared from (see `reachRule`). */
export interface ReachRuleSpec<T> {
  /** The role the viewer must hold on one of the record's organizations (a role reaches down). */
  role: Role;
  organizations: Holders<T>[];
  /** People who read the record whatever their roles; `viewer` is the viewer's person as the record's view carries it. */
  people?: Holders<T> & { viewer: (record: T) => string | null };
}

/**
 * A policy's read rule, declared once: `check` in memory (commands,
 * `viewerCan`, single reads, subscriptions) and `where` in SQL (lists),
 * both from the same declaration so they cannot drift apart.
 */
export interface ReadRule<T> {
  check: (access: ViewerAccess, record: T) => boolean;
  /**
   * The condition on list row `row` for the viewer (its person `personId`
   * for rules naming people), or null when the viewer reads every row.
   * `shape` tells what the list already knows of its rows (see `ListShape`
   * and `reachRule`).
   */
  where(access: ViewerAccess, row: string, personId?: string | null, shape?: ListShape): SqlFragment | null;
}

/** What a list tells its read rule about its rows, for cheaper tests of the same condition (see `reachRule`). */
export interface ListShape {
  /**
   * A place's table whose row the list already joins to `row` (on the
   * place's own `key = row.on`), and where that row's `column` is (table →
   * SQL expression).
   */
  joined?: Readonly<Record<string, string>>;
  /** The row's column that ties it to the list's parent (`row.<parentColumn> = PARENT`), for a list per parent. */
  parentColumn?: string;
}

/** Every signed-in user reads every record (directories, public acts). */
export const everyone: ReadRule<unknown> = { check: () => true, where: () => null };

/** How ids are tested in SQL: a uuid column (`one`), a `text[]` column (`many`). */
interface IdTest {
  one: (column: string) => string;
  many: (column: string) => string;
}

/**
 * `place` over list row `row` in SQL, with `test`; `n` numbers the subquery's
 * alias. With `probe` the `exists` is probed row by row (`offset 0` keeps
 * PostgreSQL from turning it into a hash of every row the test accepts).
 */
function placeSql(place: Place, row: string, test: IdTest, n: number, probe: boolean): string {
  if ('arrayColumn' in place) return test.many(`${row}.${place.arrayColumn}`);
  if (!('table' in place)) return test.one(`${row}.${place.column}`);
  const alias = `rr${n}`;
  return `exists (select 1 from ${place.table} ${alias} where ${alias}.${place.key} = ${row}.${place.on ?? 'id'}
      and ${test.one(`${alias}.${place.column}`)}${probe ? ' offset 0' : ''})`;
}

/** True when `place` is a table tied to the row by the column that ties the row to its parent. */
const keyedOnParent = (place: Place, shape: ListShape): place is TablePlace =>
  'table' in place && !!shape.parentColumn && (place.on ?? 'id') === shape.parentColumn;

/**
 * `place` (keyed on the parent: `keyedOnParent`) tested once per parent of
 * the list: a scalar subquery that names only the parent is an InitPlan,
 * which PostgreSQL evaluates again only when the parent changes; its few
 * rows are probed up the chain of command (`ViewerAccess.holdsAt`).
 */
function parentPlaceSql(place: TablePlace, access: ViewerAccess, role: Role, n: number): SqlFragment {
  const alias = `rp${n}`;
  const holds = access.holdsAt(role, `${alias}.${place.column}`);
  return {
    sql: `(select exists (select 1 from ${place.table} ${alias} where ${alias}.${place.key} = ${PARENT} and ${holds.sql}))`,
    params: holds.params,
  };
}

/**
 * A read rule over the viewer's reach: the viewer reads a record when it
 * holds `role` on one of the record's organizations (or above one), or is
 * one of its people, or is a system administrator. In SQL the organizations
 * are `ViewerAccess.reachAt(role)`, joined in the statement (decision 013);
 * the places are tested in the order declared (PostgreSQL tries `or` left to
 * right and hashes a subplan only when it first needs it).
 *
 * A list that starts from rows of a place's table (`joined`: an
 * organization's tasks start from its assignments) is tested first on that
 * joined row itself (its organization in reach): that implies the place's
 * `exists`, so the condition selects the same rows, but answers at once when
 * the viewer reaches the organization the list starts from. Its candidates
 * are few (one organization's rows), so the places are then probed row by
 * row rather than hashed over everything the viewer reaches (decision 019).
 *
 * In a list per parent (`parentColumn`: a program's tasks), a place tied to
 * the row by that column (the program's organizations) says the same of
 * every row of one parent: it is tested once per parent, first, instead of
 * once per row (decision 025); the other places are then probed per row.
 */
export function reachRule<T>(spec: ReachRuleSpec<T>): ReadRule<T> {
  const { role, organizations, people } = spec;
  return {
    check: (access, record) => {
      if (
        access.hasAny(
          role,
          organizations.flatMap((h) => h.ids(record).filter((id) => id !== null)),
        )
      ) {
        return true;
      }
      const viewer = people?.viewer(record);
      return !!people && !!viewer && people.ids(record).includes(viewer);
    },
    where: (access, row, personId = null, shape = {}) => {
      if (access.isSystemAdmin) return null;
      const reach = access.reachAt(role);
      const inReach: IdTest = {
        one: (column) => `${column} = any(array${reach.sql})`,
        many: (column) => `${column} && array(select h.id::text from ${reach.sql} h(id))`,
      };
      const isViewer: IdTest = { one: (column) => `${column} = ?`, many: (column) => `? = any(${column})` };
      const ors: string[] = [];
      const params: unknown[] = [];
      const places = organizations.flatMap((h) => h.at);
      for (const place of places) {
        if (!keyedOnParent(place, shape)) continue;
        const once = parentPlaceSql(place, access, role, ors.length);
        ors.push(once.sql);
        params.push(...once.params);
      }
      for (const place of places) {
        if (!('table' in place) || !shape.joined?.[place.table]) continue;
        ors.push(inReach.one(shape.joined[place.table]));
        params.push(...reach.params);
      }
      const probe = ors.length > 0;
      for (const place of places) {
        if (keyedOnParent(place, shape)) continue;
        ors.push(placeSql(place, row, inReach, ors.length, probe));
        params.push(...reach.params);
      }
      for (const place of people?.at ?? []) {
        ors.push(placeSql(place, row, isViewer, ors.length, probe));
        params.push(personId);
      }
      return { sql: ors.length ? `(${ors.join('\n    or ')})` : 'false', params };
    },
  };
}
