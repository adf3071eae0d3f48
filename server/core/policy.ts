import type { ViewerAccess } from './access.js';
import type { Context } from './context.js';
import { assertStatusChange, conflict, DomainError, ErrorCode, notFound } from './errors.js';
import type { ReadRule } from './read-rule.js';

/** Whether the viewer, with its access, may act on a record. Pure and synchronous: no query per check. */
export type PolicyRule<T> = (access: ViewerAccess, record: T) => boolean;

/**
 * A module's declarative policy: a `read` rule and one rule per action.
 * Commands call `authorize` (the one way a command authorizes); types expose
 * `viewerCan` from the same rules. A policy whose records are listed
 * declares `read` as a `ReadRule` (`reachRule`, `everyone`): its lists take
 * the SQL condition from the same declaration (`ListedPolicy.where`,
 * docs/decisions/016-read-rule-once.md). Rules for creating a record are actions of a policy
 * on its parent (an organization, a program): `viewerCan` on the parent
 * answers "may I create one here?" (docs/decisions/014-one-authorization-shape.md).
 */
export interface Policy<T, A extends string> {
  type: string;
  read: PolicyRule<T>;
  actions: Record<A, PolicyRule<T>>;
}

/** A policy whose read rule is also a SQL condition, for the lists of its records. */
export interface ListedPolicy<T, A extends string> extends Policy<T, A> {
  /** The read rule on list row `row` in SQL (see `ReadRule.where`); null when the viewer reads every row. */
  where: ReadRule<T>['where'];
}

/** Declares a policy (see `Policy`); with a `ReadRule`, one whose lists use its `where`. */
export function definePolicy<T, A extends string>(
  type: string,
  read: ReadRule<T>,
  actions: Record<A, PolicyRule<T>>,
): ListedPolicy<T, A>;
export function definePolicy<T, A extends string>(
  type: string,
  read: PolicyRule<T>,
  actions: Record<A, PolicyRule<T>>,
): Policy<T, A>;
export function definePolicy<T, A extends string>(
  type: string,
  read: PolicyRule<T> | ReadRule<T>,
  actions: Record<A, PolicyRule<T>>,
): Policy<T, A> | ListedPolicy<T, A> {
  if (typeof read === 'function') return { type, read, actions };
  return { type, read: read.check, where: read.where, actions };
}

/** Anyone signed in. */
export const anyone: PolicyRule<unknown> = () => true;

/**
 * Throws unless the viewer may do `action` on `record`: NOT_FOUND when it may
 * not even read it (denied looks like missing), FORBIDDEN otherwise. The
 * action `'read'` is the policy's read rule, for a record a command only
 * refers to (a parent task, a program to link): NOT_FOUND when denied.
 */
export async function authorize<T extends { id?: string }, A extends string>(
  ctx: Context,
  policy: Policy<T, A>,
  action: A | 'read',
  record: T,
): Promise<void> {
  const access = await ctx.access();
  if (action === 'read' ? policy.read(access, record) : policy.actions[action as A](access, record)) return;
  // A denied invisible record looks exactly like a missing one; a visible one the viewer may not change is FORBIDDEN.
  if (!policy.read(access, record)) throw notFound(policy.type, record.id);
  throw new DomainError(ErrorCode.FORBIDDEN, `you may not do this on this ${policy.type}`);
}

/** The optimistic-lock check of a change: the record's current version and the one the client read. */
export interface VersionCheck {
  /** The record as loaded now (its `version` is the current one). */
  record: { version: number };
  /** The version the client read; null or undefined: the client sent none, no check. */
  expectedVersion: number | null | undefined;
  /** What the record is, for the message ("task", "report"). */
  what: string;
}

/** The version check of a change to `record`, which the client read at `expectedVersion`; `what` names it in messages. */
export function atVersion(
  record: { version: number },
  expectedVersion: number | null | undefined,
  what: string,
): VersionCheck {
  return { record, expectedVersion, what };
}

/**
 * Optimistic locking: throws CONFLICT (on `expectedVersion`, with the
 * `currentVersion`) when the client's version of the `what` is stale, i.e.
 * someone changed it since the client read it. Commands check versions with
 * `authorizeAtVersion`, never with this alone.
 */
function assertVersion(record: { version: number }, expectedVersion: number, what: string): void {
  if (record.version !== expectedVersion) {
    throw conflict(
      `the ${what} was changed by someone else (version ${record.version}, not ${expectedVersion}); reload and retry`,
      { field: 'expectedVersion', currentVersion: record.version },
    );
  }
}

/**
 * `authorize` for a command that takes an expected version, the one way such
 * a command checks both, in this order: NOT_FOUND when the viewer may not
 * read the record (denied looks like missing); then CONFLICT (on
 * `expectedVersion`, with `currentVersion`) when the client's version is
 * stale; then FORBIDDEN when the viewer may read but not do `action`. So a
 * concurrent writer who lost a race (the winner's change may also have taken
 * its right away, e.g. a reassigned lead) hears CONFLICT, reloads and sees
 * the new state, rather than a FORBIDDEN that depends on who won.
 */
export async function authorizeAtVersion<T extends { id?: string }, A extends string>(
  ctx: Context,
  policy: Policy<T, A>,
  action: A | 'read',
  view: T,
  check: VersionCheck,
): Promise<void> {
  const access = await ctx.access();
  if (!policy.read(access, view)) throw notFound(policy.type, view.id);
  if (check.expectedVersion !== null && check.expectedVersion !== undefined) {
    assertVersion(check.record, check.expectedVersion, check.what);
  }
  await authorize(ctx, policy, action, view);
}

/**
 * A status change of a versioned record: `authorizeAtVersion` for its
 * `changeStatus` action, then the status machine's rule (`assertStatusChange`:
 * CONFLICT unless `transitions` lets the record go from its status to `to`).
 */
export async function authorizeStatusChange<T extends { id?: string }, A extends string, S extends string>(
  ctx: Context,
  policy: Policy<T, A | 'changeStatus'>,
  view: T,
  check: VersionCheck & { record: { status: S }; transitions: Record<S, readonly S[]>; to: S },
): Promise<void> {
  await authorizeAtVersion(ctx, policy, 'changeStatus', view, check);
  assertStatusChange(check.transitions, check.record.status, check.to, check.what);
}

/** Whether the viewer may do `action` on `record` (one `viewerCan` field; commands use `authorize`). */
export async function allows<T, A extends string>(
  ctx: Context,
  policy: Policy<T, A>,
  action: A,
  record: T,
): Promise<boolean> {
  return policy.actions[action](await ctx.access(), record);
}

/** What the viewer may do on `record`, one boolean per action (for `viewerCan`). */
export async function permissions<T, A extends string>(
  ctx: Context,
  policy: Policy<T, A>,
  record: T,
): Promise<Record<A, boolean>> {
  const access = await ctx.access();
  const result = {} as Record<A, boolean>;
  for (const action of Object.keys(policy.actions) as A[])
    result[action] = policy.actions[action](access, record);
  return result;
}
