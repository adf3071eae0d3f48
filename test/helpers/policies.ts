/**
 * Policy rules as tables, for the policy unit tests beside each module (server/modules/<m>/<m>.policy.test.ts).
 *
 * A table maps each action (and `read`) to a rule; a rule maps a relation (where the viewer holds its role,
 * seen from the record) to which of [ADMIN, COORDINATOR, MEMBER, VIEWER] may; a relation a rule leaves out
 * allows nobody. `describePolicy` checks every role × relation × action of a table, that the table covers
 * every action of the policy, and what a system administrator and a user without a role may do.
 *
 * A relation is the organizations a viewer holds its role on, as the access loader builds them: a role on an
 * organization reaches down its chain of command, so a role on a parent is a role on the parent and the child.
 */
import { describe, expect, it } from 'vitest';
import { Role, ViewerAccess } from '../../server/core/access.js';
import type { Policy } from '../../server/core/policy.js';

export { Role };

/** The roles of a rule's columns, strongest first. */
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

/** Each relation of a table: the organizations the viewer holds its role on, from the top down. */
export type Relations<R extends string> = Record<R, readonly string[]>;

/** Which roles may, per relation; a relation left out allows nobody. */
export type Rule<R extends string> = Partial<Record<R, Allowed>>;

/** A rule allowing `weakest` and the stronger roles (`from`) in each of `relations`. */
export const rule = <R extends string>(weakest: Role, ...relations: R[]): Rule<R> =>
  Object.fromEntries(relations.map((relation) => [relation, from(weakest)])) as Rule<R>;

/** The same rule for each of `actions`, to spread into a table. */
export const each = <A extends string, R extends string>(
  same: Rule<R>,
  ...actions: A[]
): Record<A, Rule<R>> => Object.fromEntries(actions.map((action) => [action, same])) as Record<A, Rule<R>>;

/** The access of a viewer holding `role` on each of `organizationIds` (none: a user without any role). */
export const holding = (role: Role, ...organizationIds: readonly string[]): ViewerAccess =>
  new ViewerAccess(false, new Map(organizationIds.map((id) => [id, role])));

/** A system administrator without any role. */
export const SYSTEM_ADMIN = new ViewerAccess(true, new Map());

/** A signed-in user without any role. */
export const NO_ROLE = new ViewerAccess(false, new Map());

/** Fresh uuid-like ids for the organizations of a table. */
export const ids = <K extends string>(...names: K[]): Record<K, string> =>
  Object.fromEntries(names.map((name) => [name, `org-${name}`])) as Record<K, string>;

/** An organization with a parent and a child, and one elsewhere. */
export const ORGANIZATION = ids('parent', 'record', 'child', 'elsewhere');

/** A viewer's relations to `ORGANIZATION.record`, as a table's relations. */
export const AROUND_ORGANIZATION = {
  'on it': [ORGANIZATION.record],
  'on its parent': [ORGANIZATION.parent, ORGANIZATION.record],
  'on a child of it': [ORGANIZATION.child],
  elsewhere: [ORGANIZATION.elsewhere],
};

/** A relation to `ORGANIZATION.record`. */
export type AroundOrganization = keyof typeof AROUND_ORGANIZATION;

/** Any role, in every relation to `ORGANIZATION.record` (an organization is read by anyone). */
export const ANY_ROLE_AROUND = rule(
  Role.VIEWER,
  ...(Object.keys(AROUND_ORGANIZATION) as AroundOrganization[]),
);

/** The relations to a record between two organizations (`twoSides`). */
type TwoSided<O extends string, T extends string> =
  | `on ${O}`
  | `above ${O}`
  | `on ${T}`
  | `above ${T}`
  | 'elsewhere';

/**
 * A viewer's two relations to an organization of a record: a role on it
 * (`on ${name}`: on `organizationIds`, the organization and any below it the
 * role reaches too) or on the organization `above` it; and the two, to spread
 * into a rule ("at or above it").
 */
export function onOrAbove<N extends string>(name: N, above: string, ...organizationIds: string[]) {
  const atOrAbove: (`on ${N}` | `above ${N}`)[] = [`on ${name}`, `above ${name}`];
  const relations = {
    [`on ${name}`]: organizationIds,
    [`above ${name}`]: [above, ...organizationIds],
  } as Record<`on ${N}` | `above ${N}`, string[]>;
  return { relations, atOrAbove };
}

/**
 * A record between two organizations (its owner and another side: an adopter,
 * a handler, an invited organization): the organizations, the five relations
 * (on or above either side, elsewhere), each side's two relations, and the
 * access of a viewer holding a role in one of them.
 */
export function twoSides<O extends string, T extends string>(owner: O, other: T) {
  const org = ids('aboveOwner', 'owner', 'other', 'aboveOther', 'elsewhere');
  const ownerSide = onOrAbove(owner, org.aboveOwner, org.owner);
  const otherSide = onOrAbove(other, org.aboveOther, org.other);
  const relations = {
    ...ownerSide.relations,
    ...otherSide.relations,
    elsewhere: [org.elsewhere],
  } as Record<TwoSided<O, T>, string[]>;
  const holdingIn = (role: Role, relation: TwoSided<O, T>) => holding(role, ...relations[relation]);
  return { org, relations, ownerSide: ownerSide.atOrAbove, otherSide: otherSide.atOrAbove, holdingIn };
}

/** Whether `policy` lets `access` do `action` on `record`; `read` is the policy's read rule. */
export function permitted<T, A extends string>(
  policy: Policy<T, A>,
  action: A | 'read',
  access: ViewerAccess,
  record: T,
): boolean {
  return action === 'read' ? policy.read(access, record) : policy.actions[action as A](access, record);
}

/** `read` and every action of a policy. */
export const actionsOf = <T, A extends string>(policy: Policy<T, A>): Set<A | 'read'> =>
  new Set(['read', ...(Object.keys(policy.actions) as A[])]);

/** One case per role for a relation: [`${role} ${relation}`, the access, allowed], for `it.each`. */
export const byRole = (
  relation: string,
  access: (role: Role) => ViewerAccess,
  allowed: Allowed,
): [viewer: string, access: ViewerAccess, allowed: boolean][] =>
  ROLES.map((role, i) => [`${role} ${relation}`, access(role), allowed[i]]);

/** A policy under test: the policy, a record, the relations of a viewer to it, and the table of its rules. */
export interface PolicyTable<T, A extends string, R extends string> {
  policy: Policy<T, A>;
  record: T;
  relations: Relations<R>;
  table: Record<A | 'read', Rule<NoInfer<R>>>;
  /** What a signed-in user without a role may do: nothing, `read` only, or left to the file's own tests. */
  withoutRole?: 'nothing' | 'read' | 'own tests';
}

/** Role × relation × action → allowed, one case each. */
function casesOf<A extends string, R extends string>(
  table: Record<A, Rule<R>>,
  relations: readonly R[],
): [Role, R, A, boolean][] {
  return (Object.keys(table) as A[]).flatMap((action) =>
    relations.flatMap((relation) =>
      ROLES.map((role, i): [Role, R, A, boolean] => [
        role,
        relation,
        action,
        (table[action][relation] ?? NOBODY)[i],
      ]),
    ),
  );
}

/** Describes `name`: every case of the table, its coverage of the policy, system administrators and no role. */
export function describePolicy<T, A extends string, R extends string>(
  name: string,
  { policy, record, relations, table, withoutRole = 'nothing' }: PolicyTable<T, A, R>,
): void {
  describe(name, () => {
    const cases = casesOf<A | 'read', R>(table, Object.keys(relations) as R[]);
    it.each(cases)('%s %s: %s → %s', (role, relation, action, allowed) => {
      expect(permitted(policy, action, holding(role, ...relations[relation]), record)).toBe(allowed);
    });

    it('covers every action of the policy', () => {
      expect(new Set(Object.keys(table))).toEqual(actionsOf(policy));
    });

    it(`lets a system administrator do everything, and a user without a role ${withoutRole}`, () => {
      for (const action of actionsOf(policy)) {
        expect(permitted(policy, action, SYSTEM_ADMIN, record), action).toBe(true);
        if (withoutRole !== 'own tests')
          expect(permitted(policy, action, NO_ROLE, record), action).toBe(
            withoutRole === 'read' && action === 'read',
          );
      }
    });
  });
}

/**
 * Describes a policy on an organization, whose actions are the rules for creating records in it or acting in
 * its name (decision 014): anyone reads the organization; each action is allowed from its `weakest` role up,
 * on the organization or above it, to nobody else.
 */
export function describeOrganizationRules<A extends string>(
  name: string,
  policy: Policy<{ id: string }, A>,
  weakest: Record<A, Role>,
): void {
  const table = Object.fromEntries(
    Object.entries<Role>(weakest).map(([action, role]) => [action, rule(role, 'on it', 'on its parent')]),
  ) as Record<A, Rule<AroundOrganization>>;
  describePolicy<{ id: string }, A, AroundOrganization>(name, {
    policy,
    record: { id: ORGANIZATION.record },
    relations: AROUND_ORGANIZATION,
    table: { read: ANY_ROLE_AROUND, ...table },
    withoutRole: 'read',
  });
}
