import { Role, type ViewerAccess } from '../../core/access.js';
import { anyone, definePolicy } from '../../core/policy.js';

/**
 * Who may change the people directory. Names and positions are readable by
 * every signed-in user; contact details are personal data (see `mayReadContact`).
 * - register a person: an ADMIN of some organization, or a system administrator
 *   (`personRegistryPolicy`);
 * - appoint or end positions, and responsibilities for an organization: ADMIN on it
 *   (`organizationPolicy.manageMembers`);
 * - responsibilities for an area: ADMIN on an organization of that area (`areaResponsibilityPolicy`).
 */
export const personRegistryPolicy = definePolicy<{ id?: string }, 'registerPerson'>('Person', anyone, {
  registerPerson: (access) => access.isSystemAdmin || access.organizationIds(Role.ADMIN).length > 0,
});

/** An area as the responsibility rule sees it: the organizations located in it. */
export interface AreaView {
  id: string;
  organizationIds: string[];
}

/** Responsibilities for an area: ADMIN on an organization of that area (or a system administrator). */
export const areaResponsibilityPolicy = definePolicy<AreaView, 'manageResponsibilities'>(
  'AdministrativeArea',
  anyone,
  { manageResponsibilities: (access, area) => access.hasAny(Role.ADMIN, area.organizationIds) },
);

/**
 * Contact details (email, phone) are shown to system administrators, to the
 * person themself, and to users with a role on an organization where the
 * person currently holds a position.
 */
export function mayReadContact(
  access: ViewerAccess,
  viewerPersonId: string | null,
  personId: string,
  currentOrganizationIds: readonly string[],
): boolean {
  if (access.isSystemAdmin || viewerPersonId === personId) return true;
  return currentOrganizationIds.some((id) => access.roleOn(id) !== null);
}
