import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/context.js';
import type { AccessClaims } from '../../core/auth/tokens.js';
import type { Role } from '../../core/access.js';
import { viewerAccessFrom, viewerRolesSql } from '../access/access.repository.js';

/**
 * The viewer behind verified token claims, in one query: the user must be
 * enabled, and the session must exist, be the user's and not be revoked
 * (signing out stops access tokens at once; a token naming a session that was
 * never opened — forged with a leaked secret, or from another database — is
 * refused like a revoked one). The viewer's roles come in the same statement
 * (`Viewer.access`), so a request spends no second statement on them.
 */
export async function findViewer(em: EntityManager, claims: AccessClaims): Promise<Viewer | null> {
  const at = new Date();
  const roles = viewerRolesSql({ userId: claims.userId, apiTokenId: null }, at);
  const rows = await em.execute<
    { id: string; person_id: string; is_system_admin: boolean; roles: [string, Role][] }[]
  >(
    `select u.id, u.person_id, u.is_system_admin,
            (select coalesce(json_agg(json_build_array(r.id, r.role)), '[]'::json) from (${roles.sql}) r) as roles
       from app_user u
      where u.id = ? and not u.disabled
        and exists (select 1 from refresh_token t where t.session_id = ? and t.user_id = u.id)
        and not exists (select 1 from refresh_token t where t.session_id = ? and t.revoked_at is not null)`,
    [...roles.params, claims.userId, claims.sessionId, claims.sessionId],
  );
  const row = rows[0];
  if (!row) return null;
  const viewer: Viewer = {
    userId: row.id,
    personId: row.person_id,
    sessionId: claims.sessionId,
    apiTokenId: null,
    isSystemAdmin: row.is_system_admin,
  };
  const access = viewerAccessFrom(
    viewer,
    row.roles.map(([id, role]) => ({ id, role })),
    at,
  );
  return { ...viewer, access };
}
