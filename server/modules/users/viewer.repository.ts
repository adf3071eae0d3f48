import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/context.js';
import type { AccessClaims } from '../../core/auth/tokens.js';
import type { Role, ViewerAccess } from '../../core/access.js';
import { reachFingerprintSql, viewerAccessFrom, viewerRolesSql } from '../access/access.repository.js';

/** An access read earlier, with the fingerprint of what it was read from. */
interface KnownAccess {
  fingerprint: string;
  access: ViewerAccess;
}

/** The last access read per user (decision 024); bounded, the oldest forgotten first. */
const knownAccess = new Map<string, KnownAccess>();
const MAX_KNOWN_ACCESSES = 10_000;

function remember(userId: string, known: KnownAccess): void {
  knownAccess.delete(userId);
  if (knownAccess.size >= MAX_KNOWN_ACCESSES) knownAccess.delete(knownAccess.keys().next().value!);
  knownAccess.set(userId, known);
}

/**
 * The viewer behind verified token claims, in one query: the user must be
 * enabled, and the session must exist, be the user's and not be revoked
 * (signing out stops access tokens at once; a token naming a session that was
 * never opened — forged with a leaked secret, or from another database — is
 * refused like a revoked one). The viewer's roles come in the same statement
 * (`Viewer.access`), so a request spends no second statement on them; and
 * only when their fingerprint (the organizations' write count, the grants in
 * force, the administrator flag) differs from the last one read for the user:
 * otherwise that access is reused, not its thousands of rows sent again
 * (decision 024).
 */
export async function findViewer(em: EntityManager, claims: AccessClaims): Promise<Viewer | null> {
  const at = new Date();
  const holder = { userId: claims.userId, apiTokenId: null };
  const roles = viewerRolesSql(holder, at);
  const fingerprint = reachFingerprintSql(holder, at);
  const known = knownAccess.get(claims.userId);
  const rows = await em.execute<
    {
      id: string;
      person_id: string;
      is_system_admin: boolean;
      fingerprint: string;
      roles: [string, Role][] | null;
    }[]
  >(
    `select u.id, u.person_id, u.is_system_admin, f.fingerprint,
            case when f.fingerprint is distinct from ? then
              (select coalesce(json_agg(json_build_array(r.id, r.role)), '[]'::json) from (${roles.sql}) r)
            end as roles
       from app_user u
       cross join lateral (select u.is_system_admin::text || '/' || ${fingerprint.sql} as fingerprint) f
      where u.id = ? and not u.disabled
        and exists (select 1 from refresh_token t where t.session_id = ? and t.user_id = u.id)
        and not exists (select 1 from refresh_token t where t.session_id = ? and t.revoked_at is not null)`,
    [
      known?.fingerprint ?? null,
      ...roles.params,
      ...fingerprint.params,
      claims.userId,
      claims.sessionId,
      claims.sessionId,
    ],
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
  if (!row.roles && known) return { ...viewer, access: known.access };
  const access = viewerAccessFrom(
    viewer,
    (row.roles ?? []).map(([id, role]) => ({ id, role })),
    at,
  );
  remember(row.id, { fingerprint: row.fingerprint, access });
  return { ...viewer, access };
}
