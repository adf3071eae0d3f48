import type { EntityManager } from '@mikro-orm/postgresql';
import { requireUser, type Context } from '../../../core/context.js';
import { recordEvent } from '../../../core/domain-events.js';
import { inTransaction } from '../../../core/transaction.js';
import { RefreshToken } from '../session.entity.js';

/**
 * Revokes every refresh token of session `sessionId`; its access tokens stop
 * working too, and after commit its open WebSocket connections are closed.
 */
export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeUpdate(RefreshToken, { sessionId, revokedAt: null }, { revokedAt: new Date() });
  recordEvent(em, 'SESSION_ENDED', { sessionIds: [sessionId] });
}

/** Ends the viewer's current session. */
export async function signOut(ctx: Context): Promise<void> {
  const viewer = requireUser(ctx);
  await inTransaction(ctx, (em) => revokeSession(em, viewer.sessionId));
}
