/**
 * Structured logs (issue 13, item 2), lines other than requests: WebSocket connections
 * with close codes, why `/readyz` is not ready, slow statements, dropped database and
 * Redis connections, redaction wherever something is logged, `LOG_LEVEL`.
 */
import { once } from 'node:events';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createLogger, loggerFor } from '../server/core/logger.js';
import { createEventBus } from '../server/core/pubsub.js';
import { makeUser, unique } from './helpers/factories.js';
import { captureLines } from './helpers/log-capture.js';
import { startTestServer, useTestServer } from './helpers/server.js';

const log = captureLines();
const ts = useTestServer({
  env: { SLOW_QUERY_MS: '200' },
  logger: createLogger({ level: 'info', destination: log.destination }),
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
    // The caller's objects stay as they were; a child logger's bindings are redacted too.
    const input = { password: 'pw', headers: { cookie: 'c' } };
    logger.child({ token: 't', user: { email: 'e@b.vn' } }).warn({ input }, 'child');
    expect(input).toEqual({ password: 'pw', headers: { cookie: 'c' } });
    expect(out.lines[1]).toMatchObject({
      token: '[redacted]',
      user: { email: '[redacted]' },
      input: { password: '[redacted]', headers: { cookie: '[redacted]' } },
    });
    // A database error's `detail` holds the row's values: logged without it.
    const duplicate = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint: 'user_email_unique',
      detail: 'Key (email)=(someone@example.vn) already exists.',
    });
    logger.error({ err: duplicate }, 'failed');
    expect(out.lines[2].err).toMatchObject({ type: 'Error', code: '23505', constraint: 'user_email_unique' });
    expect(out.raw.join('')).not.toContain('someone@example.vn');
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
