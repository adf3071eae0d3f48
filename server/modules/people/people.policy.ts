import type { EntityManager } from '@mikro-orm/postgresql';
import { demand, Role, type ViewerAccess } from '../../core/access.js';
import type { Context } from '../../core/context.js';
import { authorize } from '../../core/policy.js';
import { organizationPolicy } from '../organizations/organization.policy.js';
import type { Organization } from '../organizations/organization.entity.js';

/**
 * Who may change the people directory. Names and positions are readable by
 * every signed-in user; contact details are personal data (see `mayReadContact`).
 * - register a person: an ADMIN of some organization, or a system administrator;
 * - appoint or end positions, and responsibilities for an organization: ADMIN on it;
 * - responsibilities for an area: ADMIN on an organization of that area.
 */
export async function authorizeRegisterPerson(ctx: Context): Promise<void> {
  const access = await ctx.access();
  demand(access.isSystemAdmin || access.organizationIds(Role.ADMIN).length > 0, {
    type: 'Person',
    visible: true,
  });
}

/** ADMIN on the organization the position or responsibility belongs to. */
export function authorizeManageMembers(ctx: Context, organization: Organization): Promise<void> {
  return authorize(ctx, organizationPolicy, 'manageMembers', organization);
}

/** ADMIN on some organization located in the area. */
export async function authorizeAreaResponsibility(
  ctx: Context,
  em: EntityManager,
  areaId: string,
): Promise<void> {
  const access = await ctx.access();
  if (access.isSystemAdmin) return;
  const rows = await em.execute<{ id: string }[]>('select id from organization where area_id = ?', [areaId]);
  demand(
    access.hasAny(
      Role.ADMIN,
      rows.map((r) => r.id),
    ),
    { type: 'AdministrativeArea', visible: true },
  );
}

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
