import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * People who hear about an organization's business: those holding a role in
 * force directly on one of `organizationIds` (not inherited from above, so a
 * province does not receive every commune's notices), with an enabled account.
 */
export async function peopleWithRolesOn(
  em: EntityManager,
  organizationIds: readonly string[],
): Promise<string[]> {
  if (!organizationIds.length) return [];
  const rows = await em.execute<{ person_id: string }[]>(
    `select distinct u.person_id from role_grant g join app_user u on u.id = g.user_id
      where g.organization_id in (?) and not u.disabled
        and g.valid_from <= now() and (g.valid_to is null or g.valid_to > now())`,
    [[...organizationIds]],
  );
  return rows.map((r) => r.person_id);
}
