import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type ReachSql,
  Role,
  type SqlFragment,
  stronger,
  ViewerAccess,
  NO_ACCESS,
} from '../../core/access.js';
import type { Viewer } from '../../core/context.js';

/** Who the access is computed for: a user, or an API token. */
type Holder = Pick<Viewer, 'userId' | 'apiTokenId'>;

/** The grants in force at `at` (or the API token's one grant), as `(organization_id, role)` rows. */
function grantedSql(holder: Holder, at: Date): SqlFragment {
  return holder.apiTokenId
    ? {
        sql: 'select organization_id, role from api_token where id = ? and revoked_at is null',
        params: [holder.apiTokenId],
      }
    : {
        sql: `select organization_id, role from role_grant
               where user_id = ? and valid_from <= ?::timestamptz and (valid_to is null or valid_to > ?::timestamptz)`,
        params: [holder.userId, at, at],
      };
}

/**
 * A fingerprint of everything a viewer's reach is computed from, as a SQL
 * expression: the count of writes to organizations (`OrganizationTreeVersion`)
 * and the grants in force at `at` (or the API token's one grant). While it is
 * unchanged, an access read earlier still holds (decision 024).
 */
export function reachFingerprintSql(holder: Holder, at: Date): SqlFragment {
  const granted = grantedSql(holder, at);
  return {
    sql: `(coalesce((select version::text from organization_tree_version), '0') || '/' || coalesce((select md5(string_agg(g.organization_id::text || ':' || g.role, ',' order by g.organization_id, g.role)) from (${granted.sql}) g), ''))`,
    params: granted.params,
  };
}

/**
 * The viewer's effective roles as a query of `(id, role)` rows: the grants in
 * force at `at`, spread down the chain of command (its closure, decision
 * 022). Also usable as a subquery (`findViewer` reads it in the same
 * statement as the viewer).
 */
export function viewerRolesSql(holder: Holder, at: Date): SqlFragment {
  const granted = grantedSql(holder, at);
  return {
    sql: `select c.descendant_id as id, g.role
       from (${granted.sql}) g join organization_closure c on c.ancestor_id = g.organization_id`,
    params: granted.params,
  };
}

/**
 * The access of `viewer` from the rows of `viewerRolesSql(viewer, at)`. Its
 * `reach` is the same join at the same instant as a subquery, for list
 * queries to join against (decision 013); `reachAt(role)` the same with
 * only the grants of `role` or stronger.
 */
export function viewerAccessFrom(
  viewer: Viewer,
  rows: readonly { id: string; role: Role }[],
  at: Date,
): ViewerAccess {
  const roles = new Map<string, Role>();
  for (const row of rows) roles.set(row.id, stronger(roles.get(row.id), row.role));
  const granted = grantedSql(viewer, at);
  /** The grants of `strong` roles (all: null) joined to the closure as `c`, and `extra` conditions. */
  const closureOf = (strong: readonly Role[] | null, extra = ''): SqlFragment => ({
    sql: `organization_closure c join (${granted.sql}) g on g.organization_id = c.ancestor_id${extra}${
      strong ? ' and g.role = any(?::text[])' : ''
    }`,
    params: strong ? [...granted.params, `{${strong.join(',')}}`] : granted.params,
  });
  const reach: ReachSql = {
    set: (strong) => {
      const from = closureOf(strong);
      return { sql: `(select c.descendant_id from ${from.sql})`, params: from.params };
    },
    probe: (strong, column) => {
      const from = closureOf(strong, ` and c.descendant_id = ${column}`);
      return { sql: `exists (select 1 from ${from.sql})`, params: from.params };
    },
  };
  return new ViewerAccess(viewer.isSystemAdmin, roles, reach);
}

/**
 * The viewer's effective roles at `at`, in one query: the grants
 * in force (or the API token's one grant), spread down the chain of command.
 */
export async function loadViewerAccess(
  em: EntityManager,
  viewer: Viewer | null,
  at = new Date(),
): Promise<ViewerAccess> {
  if (!viewer) return NO_ACCESS;
  const { sql, params } = viewerRolesSql(viewer, at);
  return viewerAccessFrom(viewer, await em.execute<{ id: string; role: Role }[]>(sql, params), at);
}
