/** Shared set-up of the authentication tests (test/auth/*): accounts, signing in, its operations. */
import { expect } from 'vitest';
import { graphql } from '../generated/index.js';
import { unique } from './factories.js';
import { type TestServer, useTestServer } from './server.js';
import { ok } from './results.js';
import { hashPassword } from '../../server/core/auth/passwords.js';
import { foldForSearch } from '../../server/core/text.js';
import { Person } from '../../server/modules/people/person.entity.js';
import { User } from '../../server/modules/users/user.entity.js';

/** This file's server (set by `useAuthServer`). */
export let ts: TestServer;

/** Starts this file's own test server before its tests, and stops it after. */
export function useAuthServer(): void {
  useTestServer({
    setUp: (started) => {
      ts = started;
    },
  });
}

export const SECRET = 'phoihop-development-secret-change-me';
export const PASSWORD = 'Mật khẩu đúng 2025!';

export const AuthSignIn = graphql(`
  mutation AuthSignIn($input: SignInInput!) {
    signIn(input: $input) { accessToken refreshToken accessTokenExpiresAt }
  }
`);

export const AuthRefresh = graphql(`
  mutation AuthRefresh($input: RefreshTokenInput!) {
    refreshTokens(input: $input) { accessToken refreshToken accessTokenExpiresAt }
  }
`);

export const AuthSignOut = graphql(`
  mutation AuthSignOut {
    signOut { signedOut }
  }
`);

export const AuthViewer = graphql(`
  query AuthViewer {
    viewer { id email isSystemAdmin person { fullName } }
  }
`);

/** A user with a real argon2 hash of `password`. */
export async function makeAccount(
  options: { password?: string; disabled?: boolean; isSystemAdmin?: boolean } = {},
) {
  const em = ts.orm.em.fork();
  const fullName = `Nguyễn Thị ${unique()}`;
  const person = em.create(Person, { fullName, searchKey: foldForSearch(fullName) });
  const user = em.create(User, {
    email: `${unique('auth-')}@test.phoihop.vn`,
    passwordHash: await hashPassword(options.password ?? PASSWORD),
    person,
    isSystemAdmin: options.isSystemAdmin ?? false,
    disabled: options.disabled ?? false,
  });
  await em.flush();
  return { user, person, email: user.email, fullName };
}

/** Signs in over HTTP and returns the tokens (fails the test on an error). */
export async function signIn(email: string, password = PASSWORD) {
  return ok(await ts.gql(AuthSignIn, { input: { email, password } })).signIn;
}

export const viewer = (token: string | null) => ts.gql(AuthViewer, {}, token);
export const refresh = (refreshToken: string) => ts.gql(AuthRefresh, { input: { refreshToken } });

/** Expects a GraphQL answer refused for lack of (valid) credentials. */
export function expectUnauthenticated(result: {
  status: number;
  data?: unknown;
  errors?: { extensions?: Record<string, unknown> }[];
}) {
  expect(result.status).toBeLessThan(500);
  expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(result.data ?? null).toBeNull();
}

/** The session id (`sid`) of an access token, read without verifying it. */
export function sessionIdOf(accessToken: string): string {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8'));
  return payload.sid as string;
}
