import { Role } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';
import { everyone } from '../../core/read-rule.js';
import type { Organization } from './organization.entity.js';

/** Parent id of an organization, when it has one. */
const parentOf = (org: Organization) => org.parent?.id ?? null;

/**
 * Who may do what to an organization. The directory is readable by every
 * signed-in user. An ADMIN role on an organization (or above it in the chain
 * of command) manages it; creating a top-level organization, and dissolving
 * one, needs an ADMIN role above it (system administrators for the top).
 */
export const organizationPolicy = definePolicy<
  Organization,
  'rename' | 'move' | 'merge' | 'dissolve' | 'manageMembers' | 'createChild'
>('Organization', everyone, {
  rename: (access, org) => access.has(Role.ADMIN, org.id),
  move: (access, org) => access.has(Role.ADMIN, parentOf(org)),
  merge: (access, org) => access.has(Role.ADMIN, org.id),
  dissolve: (access, org) => access.has(Role.ADMIN, parentOf(org)),
  manageMembers: (access, org) => access.has(Role.ADMIN, org.id),
  createChild: (access, org) => access.has(Role.ADMIN, org.id),
});

/** Creating a top-level organization (no parent to hold the rule): system administrators only. */
export const topLevelOrganizationPolicy = definePolicy<{ id?: string }, 'createOrganization'>(
  'Organization',
  anyone,
  { createOrganization: (access) => access.isSystemAdmin },
);
