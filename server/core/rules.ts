import { type AuthChecker, Authorized, Mutation, Query } from 'type-graphql';
import type { Context } from './context.js';
import { type EnumMember, stringEnum } from './enums.js';
import { DomainError, ErrorCode } from './errors.js';

/**
 * Coarse rules, one per root field (`@Authorized(Rule.X)`). Deny by default:
 * a test walks the schema and fails on a root field without a rule.
 * Fine-grained rules live in each module's `x.policy.ts`.
 * - `PUBLIC`: Anyone, signed in or not (sign-in, token refresh).
 * - `SIGNED_IN`: Any signed-in user.
 * - `SYSTEM_ADMIN`: System administrators only.
 */
export const Rule = stringEnum('PUBLIC', 'SIGNED_IN', 'SYSTEM_ADMIN');
/** A member of {@link Rule}. */
export type Rule = EnumMember<typeof Rule>;

/** type-graphql's auth checker for the coarse rules. */
export const authChecker: AuthChecker<Context, Rule> = ({ context }, rules) => {
  if (rules.includes(Rule.PUBLIC)) return true;
  if (!context.viewer) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'sign in first');
  if (rules.includes(Rule.SYSTEM_ADMIN)) {
    if (!context.viewer.isSystemAdmin)
      throw new DomainError(ErrorCode.FORBIDDEN, 'system administrators only');
    return true;
  }
  if (rules.includes(Rule.SIGNED_IN)) return true;
  return false;
};

/** What `@Query` and `@Mutation` take: the return type and the options (description, …). */
type RootFieldArgs = Parameters<typeof Query>;

/**
 * `@Authorized(Rule.SIGNED_IN)` and `@Query(...)` in one: a root query any
 * signed-in user may call; what each viewer sees is the module's policy.
 */
export function SignedInQuery(...args: RootFieldArgs): MethodDecorator {
  return (target, key, descriptor) => {
    Query(...args)(target, key, descriptor);
    Authorized(Rule.SIGNED_IN)(target, key, descriptor);
  };
}

/**
 * `@Authorized(Rule.SIGNED_IN)` and `@Mutation(...)` in one: a root mutation
 * any signed-in user may call; its command authorizes through the module's policy.
 */
export function SignedInMutation(...args: RootFieldArgs): MethodDecorator {
  return (target, key, descriptor) => {
    Mutation(...args)(target, key, descriptor);
    Authorized(Rule.SIGNED_IN)(target, key, descriptor);
  };
}
