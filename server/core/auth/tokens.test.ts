/** Access tokens verified once: the cache never answers for another secret or past the expiry. */
import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from './tokens.js';

const SECRET = 'a-test-secret-a-test-secret-a-test-secret';
const claims = {
  userId: '00000000-0000-4000-8000-000000000001',
  sessionId: '00000000-0000-4000-8000-000000000002',
};

describe('verifyAccessToken', () => {
  it('answers a token verified before, and only for the secret that signed it', async () => {
    const token = await signAccessToken(SECRET, claims);
    expect(await verifyAccessToken(SECRET, token)).toEqual(claims);
    expect(await verifyAccessToken(SECRET, token)).toEqual(claims);
    expect(await verifyAccessToken(`${SECRET}-other`, token)).toBeNull();
  });

  it('refuses an expired token, verified or not', async () => {
    const token = await signAccessToken(SECRET, claims, new Date(Date.now() - 16 * 60 * 1000));
    expect(await verifyAccessToken(SECRET, token)).toBeNull();
    expect(await verifyAccessToken(SECRET, token)).toBeNull();
  });

  it('refuses a token whose signature was altered', async () => {
    const token = await signAccessToken(SECRET, claims);
    expect(await verifyAccessToken(SECRET, `${token.slice(0, -2)}AA`)).toBeNull();
  });
});
