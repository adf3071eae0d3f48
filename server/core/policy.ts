import { demand, type ViewerAccess } from './access.js';
import type { Context } from './context.js';

/** Whether the viewer, with its access, may act on a record. Pure and synchronous: no query per check. */
export type PolicyRule<T> = (access: ViewerAccess, record: T) => boolean;

/**
 * A module's declarative policy: a `read` rule and one rule per action.
 * Commands call `authorize`; types expose `viewerCan` from the same rules;
 * list queries express `read` as SQL in the module's repository.
 */
export interface Policy<T, A extends string> {
  type: string;
  read: PolicyRule<T>;
  actions: Record<A, PolicyRule<T>>;
}

/** Declares a policy (see `Policy`). */
export function definePolicy<T, A extends string>(
  type: string,
  read: PolicyRule<T>,
  actions: Record<A, PolicyRule<T>>,
): Policy<T, A> {
  return { type, read, actions };
}

/** Anyone signed in. */
export const anyone: PolicyRule<unknown> = () => true;

/**
 * Throws unless the viewer may do `action` on `record`: NOT_FOUND when it may
 * not even read it (denied looks like missing), FORBIDDEN otherwise.
 */
export async function authorize<T extends { id?: string }, A extends string>(
  ctx: Context,
  policy: Policy<T, A>,
  action: A,
  record: T,
): Promise<void> {
  const access = await ctx.access();
  demand(policy.actions[action](access, record), {
    type: policy.type,
    id: record.id,
    visible: policy.read(access, record),
  });
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
