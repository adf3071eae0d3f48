import { Role, satisfies, type ViewerAccess } from '../../core/access.js';
import type { Viewer } from '../../core/context.js';
import { anyone, definePolicy } from '../../core/policy.js';
import type { ApiToken } from './api-token.entity.js';
import type { RoleGrant } from './role-grant.entity.js';

/**
 * A role to confer on an organization (`id` is the organization's), as the
 * access policy sees a grant, an invitation or an API token before it exists.
 */
export interface RoleOnOrganization {
  id: string;
  role: Role;
}

/** ADMIN on the organization (inherited down the chain of command; system administrators always). */
const adminOn = (access: ViewerAccess, organizationId: string) => access.has(Role.ADMIN, organizationId);

/**
 * Who may manage access to an organization (roles, invitations, API tokens):
 * - `manage`: ADMIN on it;
 * - `confer`: the role conferred is at most the one the viewer holds there
 *   (system administrators excepted). With `manage` required this holds
 *   already; it is checked on its own so that loosening `manage` can never
 *   let anyone hand out more than it has.
 *
 * API tokens never manage access: commands call `requireUser` first (the
 * rules here see roles, not who holds them).
 */
export const organizationAccessPolicy = definePolicy<RoleOnOrganization, 'manage' | 'confer'>(
  'Organization',
  anyone,
  {
    manage: (access, target) => adminOn(access, target.id),
    confer: (access, target) => access.isSystemAdmin || satisfies(access.roleOn(target.id), target.role),
  },
);

/** A grant is seen and revoked by ADMINs of its organization (its own user sees it through `User.roles`). */
export const roleGrantPolicy = definePolicy<RoleGrant, 'revoke'>(
  'RoleGrant',
  (access, grant) => adminOn(access, grant.organization.id),
  { revoke: (access, grant) => adminOn(access, grant.organization.id) },
);

/** An API token is seen and revoked by ADMINs of its organization. */
export const apiTokenPolicy = definePolicy<ApiToken, 'revoke'>(
  'ApiToken',
  (access, token) => adminOn(access, token.organization.id),
  { revoke: (access, token) => adminOn(access, token.organization.id) },
);

/**
 * Whether the viewer may read the access records (grants, API tokens) of an
 * organization: a signed-in user (not an API token) with ADMIN on it.
 */
export function mayReadAccessOf(
  viewer: Viewer | null,
  access: ViewerAccess,
  organizationId: string,
): boolean {
  return !!viewer?.userId && adminOn(access, organizationId);
}
