import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * People who hear about an organization's business: those holding a role in
 * force directly on one of `organizationIds` (not inherited from above, so a
 * province does not receive every commune's notices), with an enabled account
 * (the `role_holder` view, access.views.ts).
 */
export async function peopleWithRolesOn(
  em: EntityManager,
  organizationIds: readonly string[],
): Promise<string[]> {
  if (!organizationIds.length) return [];
  const rows = await em.execute<{ person_id: string }[]>(
    'select distinct person_id from role_holder where organization_id in (?)',
    [[...organizationIds]],
  );
  return rows.map((r) => r.person_id);
}
