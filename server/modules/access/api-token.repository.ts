import type { EntityManager } from '@mikro-orm/postgresql';
import { hashSecret } from '../../core/auth/tokens.js';
import type { Viewer } from '../../core/context.js';

/** Prefix of API token secrets, so a bearer token's kind is known without a lookup. */
export const API_TOKEN_PREFIX = 'pht';

/** The viewer behind an API token secret; null when unknown, revoked or expired (checked on every request). */
export async function findApiTokenViewer(em: EntityManager, secret: string): Promise<Viewer | null> {
  const rows = await em.execute<{ id: string; organization_id: string }[]>(
    `select id, organization_id from api_token where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())`,
    [hashSecret(secret)],
  );
  const row = rows[0];
  return row
    ? {
        userId: null,
        personId: null,
        sessionId: null,
        apiTokenId: row.id,
        organizationId: row.organization_id,
        isSystemAdmin: false,
      }
    : null;
}
