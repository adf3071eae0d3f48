/**
 * Structured logs (issue 13, item 2): one JSON line per request with the request id
 * (the client's `X-Request-Id`, else generated; returned as a header), operation,
 * status, duration, the acting user or API token and its organization, and error codes;
 * never personal data or credentials; internal errors' stacks in the log only;
 * WebSocket open/close with codes; Redis errors and slow statements reported.
 */
import { EventEmitter, once } from 'node:events';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, loggerFor } from '../server/core/logger.js';
import { createEventBus } from '../server/core/pubsub.js';
import { Role } from '../server/core/access.js';
import { gid, makeArea, makeOrganization, makeUser, makeUserWith, unique } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

type Line = Record<string, unknown> & { msg?: string; reqId?: string };

/** A pino destination that keeps every line and announces it. */
function captureLines() {
  const lines: Line[] = [];
  const raw: string[] = [];
  const emitter = new EventEmitter();
  const destination = {
    write(chunk: string) {
      raw.push(chunk);
      const line = JSON.parse(chunk) as Line;
      lines.push(line);
      emitter.emit('line', line);
    },
  };
  /** The first line (already written or to come) that `match` accepts; fails after 20 s. */
  const waitFor = async (match: (line: Line) => boolean): Promise<Line> => {
    const found = lines.find(match);
    if (found) return found;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such log line within 20 s')), 20_000);
      const listener = (line: Line) => {
        if (!match(line)) return;
        clearTimeout(timer);
        emitter.off('line', listener);
        resolve(line);
      };
      emitter.on('line', listener);
    });
  };
  return { lines, raw, destination, waitFor };
}

const log = captureLines();
let ts: TestServer;

beforeAll(async () => {
  ts = await startTestServer({
    env: { SLOW_QUERY_MS: '200' },
    logger: createLogger({ level: 'info', destination: log.destination }),
  });
});
afterAll(async () => {
  await ts?.stop();
});

/** POSTs a GraphQL request with extra headers; the status, the response headers and the body. */
async function post(query: string, variables: object, headers: Record<string, string> = {}) {
  const response = await fetch(ts.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const requestLine = (reqId: string) => log.waitFor((l) => l.reqId === reqId && l.msg === 'request');

describe('request log lines', () => {
  it("keeps the client's X-Request-Id, returns it, and writes one line with operation, status, user", async () => {
    const viewer = await makeUser(ts.orm);
    const reqId = unique('req-');
    const res = await post(
      'query LogViewer { viewer { id } }',
      {},
      {
        'x-request-id': reqId,
        authorization: `Bearer ${viewer.token}`,
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe(reqId);
    const line = await requestLine(reqId);
    expect(line).toMatchObject({
      level: 30,
      operationName: 'LogViewer',
      operationType: 'query',
      userId: viewer.user.id,
      req: { method: 'POST', path: '/graphql' },
      res: { status: 200 },
    });
    expect(typeof line.durationMs).toBe('number');
    // A control request after it: by the time its line is written, no second line for reqId exists.
    const control = await post('query LogControl { __typename }', {});
    await requestLine(control.headers.get('x-request-id')!);
    expect(log.lines.filter((l) => l.reqId === reqId && l.msg === 'request')).toHaveLength(1);
  });

  it('generates an id when none (or an unusable one) is sent', async () => {
    for (const given of [undefined, 'has spaces and ümlauts', 'x'.repeat(200)]) {
      const res = await post('{ __typename }', {}, given ? { 'x-request-id': given } : {});
      const id = res.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await requestLine(id!)).res).toEqual({ status: 200 });
    }
  });

  it('names an API token and its organization, never the token', async () => {
    const em = ts.orm.em.fork();
    const org = await makeOrganization(em, { area: await makeArea(em) });
    const admin = await makeUserWith(ts.orm, org.id, Role.ADMIN);
    const created = await post(
      'mutation LogCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret apiToken { id } } }',
      { input: { organizationId: gid.org(org), role: Role.VIEWER, name: 'Cổng tích hợp' } },
      { authorization: `Bearer ${admin.token}` },
    );
    const secret: string = created.body.data.createApiToken.secret;
    const res = await post(
      'query LogIntegration($id: ID!) { organization(id: $id) { id } }',
      { id: gid.org(org) },
      { authorization: `Bearer ${secret}` },
    );
    expect(res.body.errors).toBeUndefined();
    const line = await requestLine(res.headers.get('x-request-id')!);
    expect(line).toMatchObject({ operationName: 'LogIntegration', organizationId: org.id });
    expect(line.apiTokenId).toEqual(expect.any(String));
    expect(line.userId).toBeUndefined();
    expect(log.raw.join('')).not.toContain(secret);
  });

  it('writes the error code of a failed request and no email, password or token, even in variables and headers', async () => {
    const email = `${unique('secret-')}@test.phoihop.vn`;
    const password = `pw-${unique()}-never-logged`;
    const viewer = await makeUser(ts.orm);
    const res = await post(
      'mutation LogSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email, password } },
      { authorization: `Bearer ${viewer.token}`, cookie: `session=${password}` },
    );
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const line = await requestLine(res.headers.get('x-request-id')!);
    expect(line).toMatchObject({ operationName: 'LogSignIn', errorCodes: ['UNAUTHENTICATED'] });
    const all = log.raw.join('');
    for (const secret of [email, password, viewer.token, viewer.user.email])
      expect(all).not.toContain(secret);
  });

  it('hides calendar feed tokens in paths and drops query strings', async () => {
    const token = `feedtoken${unique()}`;
    const res = await fetch(`${ts.url.replace('/graphql', '')}/calendar/${token}.ics`);
    const line = await requestLine(res.headers.get('x-request-id')!);
    expect(line.req).toEqual({ method: 'GET', path: '/calendar/[redacted]' });
    const get = await fetch(
      `${ts.url}?query=${encodeURIComponent('{ __typename }')}&variables={"email":"${token}"}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect((await requestLine(get.headers.get('x-request-id')!)).req).toEqual({
      method: 'GET',
      path: '/graphql',
    });
    expect(log.raw.join('')).not.toContain(token);
  });

  it('keeps the stack of an internal error in the log only, under the request id the client sees', async () => {
    const viewer = await makeUser(ts.orm, { isSystemAdmin: true });
    const em = ts.orm.em.fork();
    await em.execute('alter table legal_document rename to legal_document_hidden');
    try {
      const res = await post(
        'query LogBroken { legalDocuments(first: 1) { edges { node { id } } } }',
        {},
        {
          authorization: `Bearer ${viewer.token}`,
        },
      );
      const reqId = res.headers.get('x-request-id')!;
      expect(res.body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: reqId });
      expect(JSON.stringify(res.body)).not.toMatch(/legal_document|\.ts:\d+/);
      const internal = await log.waitFor((l) => l.reqId === reqId && l.msg === 'internal error');
      expect(internal.level).toBe(50);
      expect((internal.err as { stack: string }).stack).toMatch(/legal_document/);
      expect(await requestLine(reqId)).toMatchObject({ errorCodes: ['INTERNAL_SERVER_ERROR'] });
    } finally {
      await em.execute('alter table legal_document_hidden rename to legal_document');
    }
  });
});

describe('other log lines', () => {
  it('logs WebSocket connections opening and closing, with the close code and the viewer', async () => {
    const viewer = await makeUser(ts.orm);
    const reqId = unique('ws-');
    const signedIn = await openRawSocketWithId(reqId);
    expect(await signedIn.init({ authorization: `Bearer ${viewer.token}` })).toBe('ack');
    signedIn.socket.close(1000, 'bye');
    await signedIn.closed;
    expect(await log.waitFor((l) => l.reqId === reqId && l.msg === 'websocket opened')).toBeTruthy();
    const closed = await log.waitFor((l) => l.reqId === reqId && l.msg === 'websocket closed');
    expect(closed).toMatchObject({ code: 1000, reason: 'bye', userId: viewer.user.id });
  });

  it('logs why /readyz is not ready, and says the kind of failure in the body', async () => {
    const second = await startTestServer({
      database: ts.databaseUrl,
      env: { DATABASE_POOL_MAX: '2', DATABASE_ACQUIRE_TIMEOUT_MS: '100' },
      logger: createLogger({ level: 'info', destination: log.destination }),
    });
    // Both pooled connections are held by open transactions until `release`.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const taken: Promise<void>[] = [];
    const held = [0, 1].map(
      () =>
        new Promise<void>((done) => {
          taken.push(
            new Promise<void>((isTaken) => {
              void second.orm.em
                .fork()
                .transactional(async (em) => {
                  await em.execute('select 1');
                  isTaken();
                  await released;
                })
                .then(done, done);
            }),
          );
        }),
    );
    try {
      await Promise.all(taken);
      const res = await fetch(`${second.url.replace('/graphql', '')}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; reason: string };
      expect(body).toEqual({ status: 'database unreachable', reason: expect.any(String) });
      const line = await log.waitFor(
        (l) => l.reqId === res.headers.get('x-request-id') && l.msg === 'not ready: database unreachable',
      );
      expect(line.level).toBe(40);
      expect((line.err as { message: string }).message).toEqual(expect.any(String));
    } finally {
      release();
      await Promise.all(held);
      await second.stop();
    }
  });

  it('logs statements slower than SLOW_QUERY_MS with their SQL, never their parameters', async () => {
    const marker = unique('p-');
    await ts.orm.em.fork().execute('select pg_sleep(0.25), ?::text as marker', [marker]);
    const line = await log.waitFor((l) => l.msg === 'slow query' && String(l.sql).includes('pg_sleep'));
    expect(line.level).toBe(40);
    expect(line.durationMs).toBeGreaterThanOrEqual(200);
    expect(log.raw.join('')).not.toContain(marker);
  });

  it('reports a dropped database connection as a warning', async () => {
    const [{ pid }] = await ts.orm.em.fork().execute<{ pid: number }[]>('select pg_backend_pid() as pid');
    const admin = new pg.Client({ connectionString: ts.databaseUrl });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend($1)', [pid]);
    } finally {
      await admin.end();
    }
    const line = await log.waitFor((l) => /^PostgreSQL (connection|pool) error/.test(String(l.msg)));
    expect(line.level).toBe(40);
  });

  it('reports Redis connection errors (at most once a second), never throwing', async () => {
    const redisLog = captureLines();
    const bus = createEventBus('redis://127.0.0.1:1', {
      logger: createLogger({ level: 'warn', destination: redisLog.destination }),
    });
    try {
      const line = await redisLog.waitFor((l) => String(l.msg).startsWith('Redis connection error'));
      expect(line.level).toBe(40);
    } finally {
      await bus.close();
    }
  });

  it('redacts credentials and personal data wherever a caller logs them; honours LOG_LEVEL', () => {
    const out = captureLines();
    const logger = loggerFor({ logLevel: 'warn', nodeEnv: 'production' }, out.destination);
    logger.info('not written at warn');
    logger.warn(
      {
        email: 'a@b.vn',
        phone: '0912345678',
        input: { password: 'pw', refreshToken: 'rt', variables: { x: 1 } },
        headers: { authorization: 'Bearer t', cookie: 'c' },
      },
      'redaction',
    );
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatchObject({
      email: '[redacted]',
      phone: '[redacted]',
      input: { password: '[redacted]', refreshToken: '[redacted]', variables: '[redacted]' },
      headers: { authorization: '[redacted]', cookie: '[redacted]' },
    });
  });
});

/** A raw graphql-ws socket whose upgrade request carries `X-Request-Id: reqId`. */
async function openRawSocketWithId(reqId: string) {
  const { WebSocket } = await import('ws');
  const socket = new WebSocket(ts.wsUrl, 'graphql-transport-ws', { headers: { 'x-request-id': reqId } });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await once(socket, 'open');
  const init = (payload: Record<string, unknown>) => {
    socket.send(JSON.stringify({ type: 'connection_init', payload }));
    return Promise.race([
      new Promise<'ack'>((resolve) =>
        socket.on('message', (data) => {
          if (JSON.parse(String(data)).type === 'connection_ack') resolve('ack');
        }),
      ),
      closed,
    ]);
  };
  return { socket, closed, init };
}
