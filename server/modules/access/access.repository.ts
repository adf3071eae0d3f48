import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, stronger, ViewerAccess, NO_ACCESS } from '../../core/access.js';
import type { Viewer } from '../../core/context.js';

/**
 * The viewer's effective roles at `at`, in one recursive query: the grants
 * in force (or the API token's one grant), spread down the chain of command.
 * Its `reach` is the same recursion as a subquery, for list queries to join
 * against (decision 013).
 */
export async function loadViewerAccess(
  em: EntityManager,
  viewer: Viewer | null,
  at = new Date(),
): Promise<ViewerAccess> {
  if (!viewer) return NO_ACCESS;
  const granted = viewer.apiTokenId
    ? `select organization_id, role from api_token where id = ? and revoked_at is null`
    : `select organization_id, role from role_grant
        where user_id = ? and valid_from <= ?::timestamptz and (valid_to is null or valid_to > ?::timestamptz)`;
  const params = viewer.apiTokenId ? [viewer.apiTokenId] : [viewer.userId, at, at];
  const rows = await em.execute<{ id: string; role: Role }[]>(
    `with recursive granted as (${granted}),
     reach(id, role) as (
       select organization_id, role from granted
       union
       select o.id, r.role from organization o join reach r on o.parent_id = r.id
     ) select id, role from reach`,
    params,
  );
  const roles = new Map<string, Role>();
  for (const row of rows) roles.set(row.id, stronger(roles.get(row.id), row.role));
  const reach = {
    sql: `(with recursive granted as (${granted}),
       reach(id) as (
         select organization_id from granted
         union
         select o.id from organization o join reach r on o.parent_id = r.id
       ) select id from reach)`,
    params,
  };
  return new ViewerAccess(viewer.isSystemAdmin, roles, reach);
}
