import type { Role, SqlFragment, ViewerAccess } from './access.js';

/**
 * Where ids that decide who reads a record sit, seen from a list's row
 * (alias `row`): a uuid column of the row; a `text[]` column of it (tested
 * with `&&`, GIN-indexed); or a column of the rows of another table tied to
 * it (`table.key = row.on`, `on` defaulting to the row's id).
 */
export type Place =
  | { column: string }
  | { arrayColumn: string }
  | { table: string; key: string; on?: string; column: string };

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
   */
  where(access: ViewerAccess, row: string, personId?: string | null): SqlFragment | null;
}

/** Every signed-in user reads every record (directories, public acts). */
export const everyone: ReadRule<unknown> = { check: () => true, where: () => null };

/** How ids are tested in SQL: a uuid column (`one`), a `text[]` column (`many`). */
interface IdTest {
  one: (column: string) => string;
  many: (column: string) => string;
}

/** `place` over list row `row` in SQL, with `test`; `n` numbers the subquery's alias. */
function placeSql(place: Place, row: string, test: IdTest, n: number): string {
  if ('arrayColumn' in place) return test.many(`${row}.${place.arrayColumn}`);
  if (!('table' in place)) return test.one(`${row}.${place.column}`);
  const alias = `rr${n}`;
  return `exists (select 1 from ${place.table} ${alias} where ${alias}.${place.key} = ${row}.${place.on ?? 'id'}
      and ${test.one(`${alias}.${place.column}`)})`;
}

/**
 * A read rule over the viewer's reach: the viewer reads a record when it
 * holds `role` on one of the record's organizations (or above one), or is
 * one of its people, or is a system administrator. In SQL the organizations
 * are `ViewerAccess.reachAt(role)`, joined in the statement (decision 013);
 * the places are tested in the order declared (PostgreSQL tries `or` left to
 * right and hashes a subplan only when it first needs it).
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
    where: (access, row, personId = null) => {
      if (access.isSystemAdmin) return null;
      const reach = access.reachAt(role);
      const inReach: IdTest = {
        one: (column) => `${column} = any(array${reach.sql})`,
        many: (column) => `${column} && array(select h.id::text from ${reach.sql} h(id))`,
      };
      const isViewer: IdTest = { one: (column) => `${column} = ?`, many: (column) => `? = any(${column})` };
      const ors: string[] = [];
      const params: unknown[] = [];
      for (const place of organizations.flatMap((h) => h.at)) {
        ors.push(placeSql(place, row, inReach, ors.length));
        params.push(...reach.params);
      }
      for (const place of people?.at ?? []) {
        ors.push(placeSql(place, row, isViewer, ors.length));
        params.push(personId);
      }
      return { sql: ors.length ? `(${ors.join('\n    or ')})` : 'false', params };
    },
  };
}
