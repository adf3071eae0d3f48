import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated/index.js';
import { unique } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { hashPassword } from '../server/core/auth/passwords.js';
import { signAccessToken } from '../server/core/auth/tokens.js';
import { Rule } from '../server/core/rules.js';
import { foldForSearch } from '../server/core/text.js';
import { Person } from '../server/modules/people/person.entity.js';
import { RefreshToken } from '../server/modules/users/session.entity.js';
import { User } from '../server/modules/users/user.entity.js';

const SECRET = 'phoihop-development-secret-change-me';
const PASSWORD = 'Mật khẩu đúng 2025!';

const AuthSignIn = graphql(`
  mutation AuthSignIn($input: SignInInput!) {
    signIn(input: $input) { accessToken refreshToken accessTokenExpiresAt }
  }
`);

const AuthRefresh = graphql(`
  mutation AuthRefresh($input: RefreshTokenInput!) {
    refreshTokens(input: $input) { accessToken refreshToken accessTokenExpiresAt }
  }
`);

const AuthSignOut = graphql(`
  mutation AuthSignOut {
    signOut { signedOut }
  }
`);

const AuthViewer = graphql(`
  query AuthViewer {
    viewer { id email isSystemAdmin person { fullName } }
  }
`);

let ts: TestServer;

/** A user with a real argon2 hash of `password`. */
async function makeAccount(options: { password?: string; disabled?: boolean; isSystemAdmin?: boolean } = {}) {
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
async function signIn(email: string, password = PASSWORD) {
  const result = await ts.gql(AuthSignIn, { input: { email, password } });
  expect(result.errors).toBeUndefined();
  return result.data!.signIn;
}

const viewer = (token: string | null) => ts.gql(AuthViewer, {}, token);
const refresh = (refreshToken: string) => ts.gql(AuthRefresh, { input: { refreshToken } });

/** Expects a GraphQL answer refused for lack of (valid) credentials. */
function expectUnauthenticated(result: {
  status: number;
  data?: unknown;
  errors?: { extensions?: Record<string, unknown> }[];
}) {
  expect(result.status).toBeLessThan(500);
  expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(result.data ?? null).toBeNull();
}

/** The session id (`sid`) of an access token, read without verifying it. */
function sessionIdOf(accessToken: string): string {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8'));
  return payload.sid as string;
}

beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts?.stop());

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
function literalFor(arg: GraphQLArgument): string | null {
  const type = getNullableType(arg.type);
  if (isEnumType(type)) return type.getValues()[0].name;
  if (!isScalarType(type)) return null;
  if (type.name === 'Int' || type.name === 'Float') return '1';
  if (type.name === 'Boolean') return 'true';
  if (type.name === 'LocalDate') return '"2025-01-01"';
  return '"x"';
}

/** The smallest selection a field of this type accepts (`totalCount` for a connection). */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isObjectType(type) && 'totalCount' in type.getFields()) return ' { totalCount }';
  if (isObjectType(type) || isInterfaceType(type) || isUnionType(type)) return ' { __typename }';
  return '';
}

/** Query, Mutation and Subscription of the running server's schema. */
function rootTypes(): GraphQLObjectType[] {
  const schema = ts.server.schema;
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (t): t is GraphQLObjectType => t !== null && t !== undefined,
  );
}

describe('authorization rules', () => {
  it('gives every root field a rule, and only signIn and refreshTokens are PUBLIC', () => {
    const storage = getMetadataStorage();
    const handlers = {
      Query: storage.queries,
      Mutation: storage.mutations,
      Subscription: storage.subscriptions,
    } as const;
    const missing: string[] = [];
    const publicFields: string[] = [];
    let checked = 0;
    for (const type of rootTypes()) {
      const metadata = handlers[type.name as keyof typeof handlers];
      expect(metadata, `root type ${type.name}`).toBeDefined();
      for (const fieldName of Object.keys(type.getFields())) {
        checked++;
        const handler = metadata.filter((h) => h.schemaName === fieldName);
        expect(handler, `${type.name}.${fieldName} resolver metadata`).toHaveLength(1);
        const rule = storage.authorizedFields.find(
          (a) => a.target === handler[0].target && a.fieldName === handler[0].methodName,
        );
        if (!rule || rule.roles.length === 0) {
          missing.push(`${type.name}.${fieldName}`);
          continue;
        }
        for (const role of rule.roles) expect(Object.values(Rule)).toContain(role);
        if (rule.roles.includes(Rule.PUBLIC)) publicFields.push(`${type.name}.${fieldName}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(missing).toEqual([]);
    expect(publicFields.toSorted()).toEqual([
      'Mutation.acceptInvitation',
      'Mutation.refreshTokens',
      'Mutation.signIn',
    ]);
  });

  it('refuses every non-public root query and mutation without a token', async () => {
    const called: string[] = [];
    const skipped: string[] = [];
    const schema = ts.server.schema;
    for (const [operation, type] of [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ] as const) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        if (operation === 'mutation' && ['signIn', 'refreshTokens'].includes(field.name)) continue;
        const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
        const literals = required.map((a) => [a.name, literalFor(a)] as const);
        if (literals.some(([, value]) => value === null)) {
          skipped.push(`${operation} ${field.name}`);
          continue;
        }
        const args = literals.length ? `(${literals.map(([n, v]) => `${n}: ${v}`).join(', ')})` : '';
        const text = `${operation} { ${field.name}${args}${selectionFor(field)} }`;
        const result = await ts.gql(text);
        expect(result.status, text).toBeLessThan(500);
        expect(result.errors?.[0]?.extensions?.code, text).toBe('UNAUTHENTICATED');
        // No data for the field (a nullable root field comes back as null next to the error).
        expect(
          (result.data as Record<string, unknown> | null | undefined)?.[field.name] ?? null,
          text,
        ).toBeNull();
        called.push(field.name);
      }
    }
    // Every query whose arguments are all optional must have been called.
    const optionalOnly = Object.values(schema.getQueryType()!.getFields())
      .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
      .map((f) => f.name);
    expect(optionalOnly).toContain('viewer');
    expect(optionalOnly).toContain('organizations');
    for (const name of optionalOnly) expect(called).toContain(name);
    expect(called).toContain('signOut');
    // Only mutations taking an input object are left to the rule check above.
    expect(skipped.filter((s) => s.startsWith('query '))).toEqual([]);
  });
});
