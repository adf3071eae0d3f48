/**
 * Sign-in throttling (issue 10, item 7): failures are counted per account and per
 * client address — in Redis when `REDIS_URL` is set, so two instances behind one
 * load balancer count together — and the client address comes from
 * `X-Forwarded-For` only when `TRUST_PROXY` says so.
 *
 * The second instance is a process of its own (`dist/server/main.js`), so the two share
 * nothing but the database and Redis.
 *
 * Each test signs in from its own loopback address (all of 127.0.0.0/8 reaches the
 * server), so the address counters of the tests never meet.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { hashPassword } from '../server/core/auth/passwords.js';
import { foldForSearch } from '../server/core/text.js';
import { Person } from '../server/modules/people/person.entity.js';
import {
  addressKey,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
} from '../server/modules/users/sign-in-limiter.js';
import { User } from '../server/modules/users/user.entity.js';
import { makeArea, makeOrganization, makeUser, unique } from './helpers/factories.js';
import { REDIS_URL } from './helpers/realtime.js';
import { startServerProcess, type ServerProcess } from './helpers/server-process.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const PASSWORD = 'Mật khẩu đúng 2025!';
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

interface Result {
  status: number;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

let passwordHash: string;
/** One server alone (in-memory counters, no proxy trusted). */
let alone: TestServer;
/** Two instances on one database and one Redis: one in this process, one in its own. */
let east: TestServer;
let west: ServerProcess;
/** Behind a trusted reverse proxy (TRUST_PROXY=loopback). */
let proxied: TestServer;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  alone = await startTestServer();
  const redis = { REDIS_URL, REDIS_CHANNEL_PREFIX: `test-${randomUUID()}:` };
  east = await startTestServer({ env: redis });
  // An organization, so that the process does not load the demo data.
  const em = east.orm.em.fork();
  await makeOrganization(em, { area: await makeArea(em) });
  west = await startServerProcess({ ...redis, DATABASE_URL: east.databaseUrl });
  proxied = await startTestServer({ env: { TRUST_PROXY: 'loopback' }, database: alone.databaseUrl });
});
afterAll(async () => {
  for (const server of [proxied, west, east, alone]) await server?.stop();
});

let lastAddress = 1;
/** A loopback address no other test of this file signs in from. */
const freshAddress = () => `127.0.${Math.floor(++lastAddress / 250)}.${(lastAddress % 250) + 1}`;

/** A user with a real argon2 hash of PASSWORD, in `ts`'s database; returns the email. */
async function makeAccount(ts: TestServer): Promise<string> {
  const em = ts.orm.em.fork();
  const fullName = `Trần Văn ${unique()}`;
  const person = em.create(Person, { fullName, searchKey: foldForSearch(fullName) });
  const user = em.create(User, { email: `${unique('rl-')}@test.phoihop.vn`, passwordHash, person });
  await em.flush();
  return user.email;
}

/** Signs in over HTTP to the server at `ts.url` from the loopback address `from`, with extra `headers`. */
function signIn(
  ts: { url: string },
  email: string,
  password: string,
  from: string,
  headers: Record<string, string> = {},
): Promise<Result> {
  const body = JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: new URL(ts.url).port,
        path: '/graphql',
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ...JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The error code of a result, or OK. */
const code = (result: Result) => result.errors?.[0]?.extensions?.code ?? 'OK';
const nobody = () => `${unique('nobody-')}@test.phoihop.vn`;

describe('sign-in throttling on one instance', () => {
  it('refuses the account after 5 failures, even the right password, but not another account', async () => {
    const [alice, bob] = [await makeAccount(alone), await makeAccount(alone)];
    const from = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(code(await signIn(alone, alice, 'wrong', from))).toBe('UNAUTHENTICATED');
    }
    const limited = await signIn(alone, alice, PASSWORD, from);
    expect(code(limited)).toBe('RATE_LIMITED');
    expect(limited.status).toBeLessThan(500);
    const retry = limited.errors![0].extensions!.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(SIGN_IN_WINDOW_MS / 1000 - 60);
    expect(retry).toBeLessThanOrEqual(SIGN_IN_WINDOW_MS / 1000);
    // The email is normalized before counting.
    expect(code(await signIn(alone, ` ${alice.toUpperCase()}`, PASSWORD, from))).toBe('RATE_LIMITED');
    expect(code(await signIn(alone, bob, PASSWORD, from))).toBe('OK');
  });

  it('clears the account failures on a successful sign-in', async () => {
    const alice = await makeAccount(alone);
    const from = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await signIn(alone, alice, 'wrong', from);
    expect(code(await signIn(alone, alice, PASSWORD, from))).toBe('OK');
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect(code(await signIn(alone, alice, 'wrong', from))).toBe('UNAUTHENTICATED');
    }
    expect(code(await signIn(alone, alice, PASSWORD, from))).toBe('RATE_LIMITED');
  });

  it('refuses an address after 20 failures across accounts, other addresses still sign in', async () => {
    const bob = await makeAccount(alone);
    const from = freshAddress();
    // Password spraying: one guess each at many (here unknown) accounts.
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS - 1; i++) {
      expect(code(await signIn(alone, nobody(), 'guess', from))).toBe('UNAUTHENTICATED');
    }
    // Successful sign-ins do not count against the address (shared NAT of an agency).
    expect(code(await signIn(alone, bob, PASSWORD, from))).toBe('OK');
    expect(code(await signIn(alone, bob, PASSWORD, from))).toBe('OK');
    expect(code(await signIn(alone, nobody(), 'guess', from))).toBe('UNAUTHENTICATED');
    expect(code(await signIn(alone, bob, PASSWORD, from))).toBe('RATE_LIMITED');
    expect(code(await signIn(alone, bob, PASSWORD, freshAddress()))).toBe('OK');
  });

  it('keys addresses by IPv4, or by IPv6 /64', () => {
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:DB8::1:2')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('sign-in throttling across two instances (Redis)', () => {
  it('counts the failures of one account on both instances together', async () => {
    const alice = await makeAccount(east);
    const from = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const instance = i % 2 === 0 ? east : west;
      expect(code(await signIn(instance, alice, 'wrong', from))).toBe('UNAUTHENTICATED');
    }
    expect(code(await signIn(east, alice, PASSWORD, from))).toBe('RATE_LIMITED');
    expect(code(await signIn(west, alice, PASSWORD, from))).toBe('RATE_LIMITED');
  });

  it("counts an address's failures on both instances together, and a success on one clears the account on both", async () => {
    const bob = await makeAccount(east);
    const from = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++) await signIn(west, bob, 'wrong', from);
    expect(code(await signIn(east, bob, PASSWORD, from))).toBe('OK');
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS - MAX_FAILURES_PER_ACCOUNT + 1; i++) {
      const instance = i % 2 === 0 ? west : east;
      expect(code(await signIn(instance, nobody(), 'guess', from))).toBe('UNAUTHENTICATED');
    }
    expect(code(await signIn(west, bob, PASSWORD, from))).toBe('RATE_LIMITED');
    expect(code(await signIn(east, bob, PASSWORD, from))).toBe('RATE_LIMITED');
    expect(code(await signIn(east, bob, PASSWORD, freshAddress()))).toBe('OK');
  });
});

describe('sign-in throttling while Redis is unreachable', () => {
  it('still signs in, and still limits (each instance in its own memory meanwhile)', async () => {
    const down = await startTestServer({
      env: { REDIS_URL: 'redis://127.0.0.1:1', REDIS_CHANNEL_PREFIX: `test-${randomUUID()}:` },
      database: alone.databaseUrl,
    });
    try {
      const alice = await makeAccount(down);
      const from = freshAddress();
      expect(code(await signIn(down, alice, PASSWORD, from))).toBe('OK');
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
        expect(code(await signIn(down, alice, 'wrong', from))).toBe('UNAUTHENTICATED');
      }
      expect(code(await signIn(down, alice, PASSWORD, from))).toBe('RATE_LIMITED');
    } finally {
      await down.stop();
    }
  });
});

describe('client address behind a reverse proxy', () => {
  it('ignores X-Forwarded-For without TRUST_PROXY: a client cannot spoof its way past the address limit', async () => {
    const bob = await makeAccount(alone);
    const from = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      const spoofed = { 'x-forwarded-for': `198.51.100.${i + 1}` };
      expect(code(await signIn(alone, nobody(), 'guess', from, spoofed))).toBe('UNAUTHENTICATED');
    }
    expect(code(await signIn(alone, bob, PASSWORD, from, { 'x-forwarded-for': '198.51.100.200' }))).toBe(
      'RATE_LIMITED',
    );
  });

  it('with TRUST_PROXY, counts the address the proxy forwards, not the proxy', async () => {
    const bob = await makeAccount(proxied);
    const proxy = freshAddress();
    const client = { 'x-forwarded-for': '203.0.113.9' };
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect(code(await signIn(proxied, nobody(), 'guess', proxy, client))).toBe('UNAUTHENTICATED');
    }
    expect(code(await signIn(proxied, bob, PASSWORD, proxy, client))).toBe('RATE_LIMITED');
    // Another client behind the same proxy still signs in.
    expect(code(await signIn(proxied, bob, PASSWORD, proxy, { 'x-forwarded-for': '203.0.113.10' }))).toBe(
      'OK',
    );
  });

  it('reads the address of a WebSocket by the same rule: failures over it count for the forwarded client', async () => {
    const [bob, viewer] = [await makeAccount(proxied), await makeUser(proxied.orm)];
    const proxy = freshAddress();
    const forwarded = { 'x-forwarded-for': '203.0.113.77' };
    /** The `ws` WebSocket, as the proxy opens it: from `proxy`, with the client's address forwarded. */
    class ProxiedWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: forwarded, localAddress: proxy });
      }
    }
    const client = createClient({
      url: proxied.wsUrl,
      webSocketImpl: ProxiedWebSocket,
      connectionParams: { authorization: `Bearer ${viewer.token}` },
      retryAttempts: 0,
    });
    try {
      for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
        const result = await new Promise<Result>((resolve) => {
          let last: Result = { status: 0 };
          client.subscribe(
            { query: SIGN_IN, variables: { input: { email: nobody(), password: 'guess' } } },
            {
              next: (value) => (last = value as unknown as Result),
              error: (errors) => resolve({ status: 0, errors: errors as Result['errors'] }),
              complete: () => resolve(last),
            },
          );
        });
        expect(code(result)).toBe('UNAUTHENTICATED');
      }
    } finally {
      await client.dispose();
    }
    expect(code(await signIn(proxied, bob, PASSWORD, freshAddress(), forwarded))).toBe('RATE_LIMITED');
    expect(code(await signIn(proxied, bob, PASSWORD, proxy, { 'x-forwarded-for': '203.0.113.78' }))).toBe(
      'OK',
    );
  });
});
