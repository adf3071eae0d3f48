/** Signing in, and who may not. */
import { describe, expect, it } from 'vitest';
import { unique } from '../helpers/factories.js';
import { RefreshToken } from '../../server/modules/users/session.entity.js';
import { User } from '../../server/modules/users/user.entity.js';
import {
  AuthSignIn,
  expectUnauthenticated,
  makeAccount,
  PASSWORD,
  refresh,
  signIn,
  ts,
  useAuthServer,
  viewer,
} from '../helpers/auth.js';

useAuthServer();

describe('signIn and viewer', () => {
  it('returns working tokens for the right password', async () => {
    const account = await makeAccount();
    const before = Date.now();
    const tokens = await signIn(account.email);
    expect(tokens.accessToken.split('.')).toHaveLength(3);
    expect(tokens.refreshToken).toMatch(/^rt_/);
    const expiresAt = new Date(tokens.accessTokenExpiresAt).getTime();
    expect(expiresAt).toBeGreaterThan(before);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 15 * 60 * 1000 + 1000);

    const me = await viewer(tokens.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data!.viewer).toEqual({
      id: expect.any(String),
      email: account.email,
      isSystemAdmin: false,
      person: { fullName: account.fullName },
    });
    const stored = await ts.orm.em.fork().findOneOrFail(User, account.user.id);
    expect(stored.lastSignInAt).not.toBeNull();
  });

  it('treats the email case-insensitively (and ignores surrounding spaces)', async () => {
    const account = await makeAccount({ isSystemAdmin: true });
    const tokens = await signIn(`  ${account.email.toUpperCase()} `);
    const me = await viewer(tokens.accessToken);
    expect(me.data!.viewer).toMatchObject({ email: account.email, isSystemAdmin: true });
  });

  it('accepts the Authorization scheme in any case', async () => {
    const account = await makeAccount();
    const tokens = await signIn(account.email);
    const response = await fetch(ts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `bearer ${tokens.accessToken}` },
      body: JSON.stringify({ query: '{ viewer { email } }' }),
    });
    expect(await response.json()).toEqual({ data: { viewer: { email: account.email } } });
  });
});

describe('signIn refusals', () => {
  it('answers a wrong password and an unknown email alike', async () => {
    const account = await makeAccount();
    const wrongPassword = await ts.gql(AuthSignIn, {
      input: { email: account.email, password: 'sai mật khẩu' },
    });
    const unknownEmail = await ts.gql(AuthSignIn, {
      input: { email: `${unique('nobody-')}@test.phoihop.vn`, password: PASSWORD },
    });
    const emptyPassword = await ts.gql(AuthSignIn, { input: { email: account.email, password: '' } });
    for (const result of [wrongPassword, unknownEmail, emptyPassword]) expectUnauthenticated(result);
    expect(wrongPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
    expect(emptyPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
    expect(wrongPassword.errors![0].extensions).toEqual(unknownEmail.errors![0].extensions);
    expect(JSON.stringify(wrongPassword)).not.toMatch(/argon|stacktrace|at .*\.ts:/i);
    const sessions = await ts.orm.em.fork().count(RefreshToken, { user: account.user.id });
    expect(sessions).toBe(0);
  });

  it('refuses a disabled user with the right password, with the same message', async () => {
    const account = await makeAccount({ disabled: true });
    const unknown = await ts.gql(AuthSignIn, {
      input: { email: `${unique('nobody-')}@test.phoihop.vn`, password: PASSWORD },
    });
    const result = await ts.gql(AuthSignIn, { input: { email: account.email, password: PASSWORD } });
    expectUnauthenticated(result);
    expect(result.errors![0].message).toBe(unknown.errors![0].message);
  });

  it('stops the tokens of a user disabled after signing in', async () => {
    const account = await makeAccount();
    const tokens = await signIn(account.email);
    const em = ts.orm.em.fork();
    const user = await em.findOneOrFail(User, account.user.id);
    user.disabled = true;
    await em.flush();
    expectUnauthenticated(await viewer(tokens.accessToken));
    expectUnauthenticated(await refresh(tokens.refreshToken));
  });
});
