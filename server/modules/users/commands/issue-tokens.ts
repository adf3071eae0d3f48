import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  hashSecret,
  randomSecret,
  REFRESH_TOKEN_TTL_SECONDS,
  signAccessToken,
} from '../../../core/auth/tokens.js';
import { RefreshToken } from '../session.entity.js';
import type { User } from '../user.entity.js';

/** A pair of tokens as handed to the client. */
export interface Tokens {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
}

/**
 * Issues an access token and a new refresh token in session `sessionId`
 * (a new session when null). Flushes the refresh token row.
 */
export async function issueTokens(
  em: EntityManager,
  secret: string,
  user: User,
  sessionId: string | null,
): Promise<Tokens> {
  const now = new Date();
  const session = sessionId ?? randomUUID();
  const refreshToken = randomSecret('rt');
  em.create(RefreshToken, {
    user,
    tokenHash: hashSecret(refreshToken),
    sessionId: session,
    expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000),
  });
  await em.flush();
  return {
    accessToken: await signAccessToken(secret, { userId: user.id, sessionId: session }, now),
    refreshToken,
    accessTokenExpiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000),
  };
}
