/** Refresh tokens, signing out, and access tokens. */
import { describe, expect, it } from 'vitest';
import { signAccessToken } from '../../server/core/auth/tokens.js';
import { RefreshToken } from '../../server/modules/users/session.entity.js';
import {
  AuthSignOut,
  expectUnauthenticated,
  makeAccount,
  refresh,
  SECRET,
  sessionIdOf,
  signIn,
  ts,
  useAuthServer,
  viewer,
} from '../helpers/auth.js';

useAuthServer();

describe('refreshTokens', () => {
  it('rotates: the new pair works, the old refresh token is spent', async () => {
    const account = await makeAccount();
    const first = await signIn(account.email);
    const second = await refresh(first.refreshToken);
    expect(second.errors).toBeUndefined();
    const pair = second.data!.refreshTokens;
    expect(pair.refreshToken).not.toBe(first.refreshToken);
    expect(sessionIdOf(pair.accessToken)).toBe(sessionIdOf(first.accessToken));
    expect((await viewer(pair.accessToken)).data!.viewer.email).toBe(account.email);
    const third = await refresh(pair.refreshToken);
    expect(third.errors).toBeUndefined();
    expect((await viewer(third.data!.refreshTokens.accessToken)).data!.viewer.email).toBe(account.email);
  });

  it('revokes the whole session when a spent refresh token comes back', async () => {
    const account = await makeAccount();
    const other = await signIn(account.email);
    const first = await signIn(account.email);
    const rotated = await refresh(first.refreshToken);
    const newest = rotated.data!.refreshTokens;
    expect((await viewer(newest.accessToken)).errors).toBeUndefined();

    // The spent token presented again: refused, and the session is revoked.
    const replay = await refresh(first.refreshToken);
    expectUnauthenticated(replay);
    expectUnauthenticated(await refresh(newest.refreshToken));
    expectUnauthenticated(await viewer(newest.accessToken));
    expectUnauthenticated(await viewer(first.accessToken));
    const rows = await ts.orm.em.fork().find(RefreshToken, { sessionId: sessionIdOf(first.accessToken) });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.revokedAt !== null)).toBe(true);

    // The user's other session is untouched.
    expect((await viewer(other.accessToken)).data!.viewer.email).toBe(account.email);
    expect((await refresh(other.refreshToken)).errors).toBeUndefined();
  });

  it('refuses unknown and malformed refresh tokens, below HTTP 500', async () => {
    expectUnauthenticated(await refresh('rt_not-a-real-token'));
    expectUnauthenticated(await refresh(''));
    const tooLong = await refresh(`rt_${'x'.repeat(500)}`);
    expect(tooLong.status).toBeLessThan(500);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an expired refresh token', async () => {
    const account = await makeAccount();
    const tokens = await signIn(account.email);
    await ts.orm.em
      .fork()
      .nativeUpdate(
        RefreshToken,
        { sessionId: sessionIdOf(tokens.accessToken) },
        { expiresAt: new Date(Date.now() - 1000) },
      );
    expectUnauthenticated(await refresh(tokens.refreshToken));
  });
});

describe('signOut', () => {
  it('ends the current session at once and leaves the other sessions alone', async () => {
    const account = await makeAccount();
    const laptop = await signIn(account.email);
    const phone = await signIn(account.email);
    const out = await ts.gql(AuthSignOut, {}, laptop.accessToken);
    expect(out.errors).toBeUndefined();
    expect(out.data!.signOut.signedOut).toBe(true);

    expectUnauthenticated(await viewer(laptop.accessToken));
    expectUnauthenticated(await refresh(laptop.refreshToken));
    expectUnauthenticated(await ts.gql(AuthSignOut, {}, laptop.accessToken));

    expect((await viewer(phone.accessToken)).data!.viewer.email).toBe(account.email);
    const phoneRefreshed = await refresh(phone.refreshToken);
    expect(phoneRefreshed.errors).toBeUndefined();
    expect((await viewer(phoneRefreshed.data!.refreshTokens.accessToken)).errors).toBeUndefined();
  });

  it('also ends access tokens issued earlier in the same session', async () => {
    const account = await makeAccount();
    const first = await signIn(account.email);
    const rotated = (await refresh(first.refreshToken)).data!.refreshTokens;
    expect((await ts.gql(AuthSignOut, {}, rotated.accessToken)).errors).toBeUndefined();
    expectUnauthenticated(await viewer(first.accessToken));
    expectUnauthenticated(await viewer(rotated.accessToken));
    expectUnauthenticated(await refresh(rotated.refreshToken));
  });
});

describe('access tokens', () => {
  it('refuses a tampered token', async () => {
    const account = await makeAccount();
    const { accessToken } = await signIn(account.email);
    const [header, payload, signature] = accessToken.split('.');
    // Change a character in the middle of the signature: the last base64url character of
    // a 32-byte signature carries padding bits, so changing it may decode to the same bytes.
    const i = Math.floor(signature.length / 2);
    const flipped = signature[i] === 'A' ? 'B' : 'A';
    const tampered = `${header}.${payload}.${signature.slice(0, i)}${flipped}${signature.slice(i + 1)}`;
    expect(tampered).not.toBe(accessToken);
    expectUnauthenticated(await viewer(tampered));

    // A payload naming another user, keeping the original signature.
    const other = await makeAccount();
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: other.user.id }),
    ).toString('base64url');
    expectUnauthenticated(await viewer(`${header}.${forgedPayload}.${signature}`));

    // Unsigned ("alg": "none") and signed with another secret.
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    expectUnauthenticated(await viewer(`${none}.${payload}.`));
    const claims = { userId: account.user.id, sessionId: sessionIdOf(accessToken) };
    expectUnauthenticated(
      await viewer(await signAccessToken('another-secret-of-32-characters-at-least', claims)),
    );
    expectUnauthenticated(await viewer('not-a-jwt'));

    expect((await viewer(accessToken)).errors).toBeUndefined();
  });

  it('refuses an expired token', async () => {
    const account = await makeAccount();
    const { accessToken } = await signIn(account.email);
    const claims = { userId: account.user.id, sessionId: sessionIdOf(accessToken) };
    const expired = await signAccessToken(SECRET, claims, new Date(Date.now() - 3600_000));
    expectUnauthenticated(await viewer(expired));
    // The same claims signed now work: only the expiry differs.
    const fresh = await signAccessToken(SECRET, claims);
    expect((await viewer(fresh)).data!.viewer.email).toBe(account.email);
  });
});

/** A literal for a required argument, or null when none can be made up. */
