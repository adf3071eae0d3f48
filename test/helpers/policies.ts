/**
 * Policy rules as tables, for the policy unit tests beside each module (server/modules/<m>/<m>.policy.test.ts).
 *
 * A row reads: this action, by a viewer in this relation to the record, is allowed for
 * [ADMIN, COORDINATOR, MEMBER, VIEWER]. `policyCases` flattens rows into role × relation × action → allowed
 * for `it.each`. A relation builds the viewer's `ViewerAccess` as the access loader would: the role held on
 * every organization the viewer reaches (a role on an organization reaches down its chain of command, so a
 * role on a parent is a role on the parent and on the child).
 */
import { Role, ViewerAccess } from '../../server/core/access.js';
import type { Policy } from '../../server/core/policy.js';

/** The roles of a row's columns, strongest first. */
export const ROLES = [Role.ADMIN, Role.COORDINATOR, Role.MEMBER, Role.VIEWER] as const;

/** Whether each of ADMIN, COORDINATOR, MEMBER, VIEWER may do the action. */
export type Allowed = readonly [admin: boolean, coordinator: boolean, member: boolean, viewer: boolean];

/** Allowed from `weakest` up: e.g. `from(Role.MEMBER)` is [true, true, true, false]. */
export const from = (weakest: Role): Allowed =>
  ROLES.map(
    (role) => ROLES.indexOf(role) <= ROLES.indexOf(weakest as (typeof ROLES)[number]),
  ) as unknown as Allowed;

/** Allowed for no role. */
export const NOBODY: Allowed = [false, false, false, false];

/** One row of a policy table. */
export type PolicyRow<A extends string, R extends string> = readonly [
  action: A,
  relation: R,
  allowed: Allowed,
];

/** One case of `it.each`: a role, a relation, an action, and whether it is allowed. */
export type PolicyCase<A extends string, R extends string> = [
  role: Role,
  relation: R,
  action: A,
  allowed: boolean,
];

/** Flattens rows into role × relation × action → allowed. */
export function policyCases<A extends string, R extends string>(
  rows: readonly PolicyRow<A, R>[],
): PolicyCase<A, R>[] {
  return rows.flatMap(([action, relation, allowed]) =>
    ROLES.map((role, i): PolicyCase<A, R> => [role, relation, action, allowed[i]]),
  );
}

/** The access of a viewer holding `role` on each of `organizationIds` (none: a user without any role). */
export const holding = (role: Role, ...organizationIds: string[]): ViewerAccess =>
  new ViewerAccess(false, new Map(organizationIds.map((id) => [id, role])));

/** A system administrator without any role. */
export const SYSTEM_ADMIN = new ViewerAccess(true, new Map());

/** A signed-in user without any role. */
export const NO_ROLE = new ViewerAccess(false, new Map());

/** Fresh uuid-like ids for the organizations of a table. */
export const ids = <K extends string>(...names: K[]): Record<K, string> =>
  Object.fromEntries(names.map((name) => [name, `org-${name}`])) as Record<K, string>;

/** Whether `policy` lets `access` do `action` on `record`; `read` is the policy's read rule. */
export function permitted<T, A extends string>(
  policy: Policy<T, A>,
  action: A | 'read',
  access: ViewerAccess,
  record: T,
): boolean {
  return action === 'read' ? policy.read(access, record) : policy.actions[action as A](access, record);
}

/** `read` and every action of a policy, to check that a table leaves none out. */
export const actionsOf = <T, A extends string>(policy: Policy<T, A>): Set<A | 'read'> =>
  new Set(['read', ...(Object.keys(policy.actions) as A[])]);

/** The actions a table has rows for. */
export const actionsIn = <A extends string>(rows: readonly PolicyRow<A, string>[]): Set<A> =>
  new Set(rows.map(([action]) => action));
