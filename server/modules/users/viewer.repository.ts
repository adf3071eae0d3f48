import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/context.js';
import type { AccessClaims } from '../../core/auth/tokens.js';

/**
 * The viewer behind verified token claims, in one query: the user must be
 * enabled, and the session must exist, be the user's and not be revoked
 * (signing out stops access tokens at once; a token naming a session that was
 * never opened — forged with a leaked secret, or from another database — is
 * refused like a revoked one).
 */
export async function findViewer(em: EntityManager, claims: AccessClaims): Promise<Viewer | null> {
  const rows = await em.execute<{ id: string; person_id: string; is_system_admin: boolean }[]>(
    `select u.id, u.person_id, u.is_system_admin from app_user u
      where u.id = ? and not u.disabled
        and exists (select 1 from refresh_token t where t.session_id = ? and t.user_id = u.id)
        and not exists (select 1 from refresh_token t where t.session_id = ? and t.revoked_at is not null)`,
    [claims.userId, claims.sessionId, claims.sessionId],
  );
  const row = rows[0];
  return row
    ? {
        userId: row.id,
        personId: row.person_id,
        sessionId: claims.sessionId,
        apiTokenId: null,
        isSystemAdmin: row.is_system_admin,
      }
    : null;
}
