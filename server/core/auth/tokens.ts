import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';

/** Lifetime of an access token. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** Lifetime of a refresh token. */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

/** What an access token says about its bearer. */
export interface AccessClaims {
  userId: string;
  /** The refresh-token family (session) it was issued under; signing out revokes it. */
  sessionId: string;
}

const ISSUER = 'phoihop';

/** Signs a short-lived access token (HS256). */
export async function signAccessToken(
  secret: string,
  claims: AccessClaims,
  now = new Date(),
): Promise<string> {
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + ACCESS_TOKEN_TTL_SECONDS)
    .sign(new TextEncoder().encode(secret));
}

/** A token whose signature was checked, until it expires (seconds since the epoch). */
interface VerifiedToken {
  secret: string;
  claims: AccessClaims;
  expiresAt: number;
}

/** Tokens already verified: a client sends the same one with every request for 15 minutes. */
const verified = new Map<string, VerifiedToken>();
const MAX_VERIFIED_TOKENS = 10_000;

function rememberVerified(token: string, entry: VerifiedToken): void {
  if (verified.size >= MAX_VERIFIED_TOKENS) verified.delete(verified.keys().next().value!);
  verified.set(token, entry);
}

/**
 * Verifies an access token; `null` when it is invalid or expired. A token
 * verified before with the same secret is not verified again until it
 * expires: its signature cannot change (whether its session still stands
 * is the database's answer, on every request: `findViewer`).
 */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessClaims | null> {
  const known = verified.get(token);
  if (known?.secret === secret && known.expiresAt > Date.now() / 1000) return known.claims;
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
      issuer: ISSUER,
      algorithms: ['HS256'],
    });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
    const claims = { userId: payload.sub, sessionId: payload.sid };
    if (typeof payload.exp === 'number') rememberVerified(token, { secret, claims, expiresAt: payload.exp });
    return claims;
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}

/** A random opaque secret (refresh tokens, API tokens, feed tokens). */
export function randomSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 of an opaque secret: what the database stores instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
