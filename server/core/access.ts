import { type EnumMember, stringEnum } from './enums.js';

/**
 * Roles granted to users per organization, strongest first. A role on an
 * organization reaches down its chain of command.
 * - `ADMIN`: Manages the organization's users and data.
 * - `COORDINATOR`: Creates and runs programs, tasks and meetings for the organization.
 * - `MEMBER`: Reports on what is assigned to the organization.
 * - `VIEWER`: Reads.
 */
export const Role = stringEnum('ADMIN', 'COORDINATOR', 'MEMBER', 'VIEWER');
/** A member of {@link Role}. */
export type Role = EnumMember<typeof Role>;

const STRENGTH: Record<Role, number> = { ADMIN: 4, COORDINATOR: 3, MEMBER: 2, VIEWER: 1 };

/** True when `held` is at least as strong as `needed`. */
export const satisfies = (held: Role | null | undefined, needed: Role): boolean =>
  !!held && STRENGTH[held] >= STRENGTH[needed];

/** The roles at least as strong as `role`, strongest first. */
export const rolesAtLeast = (role: Role): Role[] =>
  (Object.keys(STRENGTH) as Role[]).filter((held) => satisfies(held, role));

/** The stronger of two roles. */
export const stronger = (a: Role | null | undefined, b: Role): Role =>
  a && STRENGTH[a] >= STRENGTH[b] ? a : b;

/** A piece of SQL with its positional (`?`) parameters. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * The viewer's reach in SQL, for a role (`null`: any role) — see
 * `ViewerAccess.reachAt` and `ViewerAccess.holdsAt`.
 */
export interface ReachSql {
  /** The organizations reached, as a parenthesized subquery of ids. */
  set(roles: readonly Role[] | null): SqlFragment;
  /** "The organization in `column` is reached", probing its chain of command. */
  probe(roles: readonly Role[] | null, column: string): SqlFragment;
}

/**
 * What the viewer may do where, computed once per request: its effective
 * role on every organization it reaches (grants plus everything below them
 * in the chain of command).
 */
export class ViewerAccess {
  /**
   * A parenthesized subquery selecting the ids of the organizations the
   * viewer reaches (any role), for `x in <reach>` in list queries: the reach
   * is joined in SQL rather than sent as thousands of ids with every
   * statement (docs/decisions/013-viewer-reach.md). Without one given, the ids as one array.
   */
  readonly reach: SqlFragment;

  /**
   * @param reachSql the reach in SQL, from the grants (decision 013);
   *   without it, the ids as one array.
   */
  constructor(
    readonly isSystemAdmin: boolean,
    private readonly roles: ReadonlyMap<string, Role>,
    private readonly reachSql?: ReachSql,
  ) {
    this.reach = this.reachAt(Role.VIEWER);
  }

  /**
   * The organizations where the viewer holds at least `role`, as a
   * parenthesized subquery like `reach` (a role reaches down the chain of
   * command, so: the grants of `role` or stronger, spread down).
   */
  reachAt(role: Role): SqlFragment {
    if (this.reachSql) return this.reachSql.set(role === Role.VIEWER ? null : rolesAtLeast(role));
    return { sql: '(select unnest(?::uuid[]))', params: [uuidArray(this.organizationIds(role))] };
  }

  /**
   * "The viewer holds at least `role` on the organization in `column`" in
   * SQL, probing that organization's chain of command (a few index look-ups)
   * instead of comparing it with the whole reach: for a test made on a few
   * rows, such as once per parent of a list (decision 025).
   */
  holdsAt(role: Role, column: string): SqlFragment {
    if (this.reachSql) return this.reachSql.probe(role === Role.VIEWER ? null : rolesAtLeast(role), column);
    return { sql: `${column} = any(?::uuid[])`, params: [uuidArray(this.organizationIds(role))] };
  }

  /** The viewer's effective role on an organization, or null. */
  roleOn(organizationId: string): Role | null {
    return this.roles.get(organizationId) ?? null;
  }

  /** True when the viewer holds at least `role` on the organization (system administrators always do). */
  has(role: Role, organizationId: string | null | undefined): boolean {
    if (this.isSystemAdmin) return true;
    return !!organizationId && satisfies(this.roleOn(organizationId), role);
  }

  /** True when the viewer holds at least `role` on any of the organizations. */
  hasAny(role: Role, organizationIds: readonly string[]): boolean {
    return this.isSystemAdmin || organizationIds.some((id) => this.has(role, id));
  }

  /** Organizations where the viewer holds at least `role` (for SQL `in (…)` conditions). */
  organizationIds(role: Role = Role.VIEWER): string[] {
    return [...this.roles].filter(([, held]) => satisfies(held, role)).map(([id]) => id);
  }

  /** True when the viewer holds some role somewhere (or is a system administrator). */
  get hasAnyRole(): boolean {
    return this.isSystemAdmin || this.roles.size > 0;
  }
}

/** No access at all (anonymous). */
export const NO_ACCESS = new ViewerAccess(false, new Map());

/** A PostgreSQL uuid[] literal for `= any(?::uuid[])` (one parameter, however many ids). */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}
