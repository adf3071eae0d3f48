/**
 * No request waits forever (docs/decisions/009): an exhausted pool, a lock
 * held too long and a database outage each answer SERVICE_UNAVAILABLE with
 * HTTP 503 and `Retry-After`, promptly, and the server recovers by itself.
 * Every connection carries the configured PostgreSQL timeouts.
 */
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { formatError } from '../server/app/format-error.js';
import { isDatabaseUnavailable } from '../server/core/db/failures.js';
import { parseGlobalId } from '../server/core/ids.js';
import { onServer } from './helpers/databases.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique, type TestUser } from './helpers/factories.js';
import { within } from './helpers/bounded.js';
import { type GqlResult, type TestServer, useTestServer } from './helpers/server.js';

/** A request must be answered within this, or the server counts as hanging. */
const ANSWER_BOUND_MS = 15_000;

/** POSTs `query` and returns the status, the Retry-After header and the body. */
async function post(ts: TestServer, query: string, variables: object = {}, token?: string) {
  const response = await within(
    ANSWER_BOUND_MS,
    fetch(ts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const body = (await response.json()) as GqlResult<unknown>;
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
}

function expectUnavailable(answer: Awaited<ReturnType<typeof post>>): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(503);
  expect(Number(answer.retryAfter)).toBeGreaterThan(0);
  expect(answer.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
}

async function readyz(ts: TestServer): Promise<number> {
  return (await within(ANSWER_BOUND_MS, fetch(ts.url.replace(/\/graphql$/, '/readyz')))).status;
}

/** An agency with a MEMBER and a COORDINATOR on it. */
async function makeAgency(ts: TestServer) {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const agency = await makeOrganization(em, { area, name: `Ban Dân vận ${unique()}` });
  return {
    agency,
    member: await makeUserWith(ts.orm, agency.id, Role.MEMBER),
    coordinator: await makeUserWith(ts.orm, agency.id, Role.COORDINATOR),
  };
}

describe('PostgreSQL timeouts on every connection, and typed lock errors', () => {
  const ts = useTestServer({
    env: {
      DATABASE_STATEMENT_TIMEOUT_MS: '300',
      DATABASE_LOCK_TIMEOUT_MS: '400',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '5000',
    },
  });

  it('maps a real deadlock to CONFLICT (retryable), not an internal error', async () => {
    const [a, b] = [
      new pg.Client({ connectionString: ts.databaseUrl }),
      new pg.Client({ connectionString: ts.databaseUrl }),
    ];
    await Promise.all([a.connect(), b.connect()]);
    try {
      const names = [unique('lock-'), unique('lock-')];
      for (const c of [a, b]) await c.query('begin');
      await a.query('select pg_advisory_xact_lock(hashtext($1))', [names[0]]);
      await b.query('select pg_advisory_xact_lock(hashtext($1))', [names[1]]);
      const crossed = await Promise.allSettled([
        a.query('select pg_advisory_xact_lock(hashtext($1))', [names[1]]),
        b.query('select pg_advisory_xact_lock(hashtext($1))', [names[0]]),
      ]);
      const victim = crossed.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect((victim.reason as { code: string }).code).toBe('40P01');
      expect(formatError({ message: 'x', path: ['f'] }, victim.reason).extensions?.code).toBe('CONFLICT');
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it('sets statement_timeout, lock_timeout and idle_in_transaction_session_timeout, and a slow statement is cut', async () => {
    const [settings] = await ts.orm.em.fork().execute(
      `select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock,
                current_setting('idle_in_transaction_session_timeout') as idle`,
    );
    expect(settings).toEqual({ statement: '300ms', lock: '400ms', idle: '5s' });
    const slow = await ts.orm.em
      .fork()
      .execute('select pg_sleep(5)')
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(isDatabaseUnavailable(slow)).toBe(true);
  });
});

describe('an exhausted pool', () => {
  let user: TestUser;
  const ts = useTestServer({
    env: { DATABASE_POOL_MAX: '2', DATABASE_ACQUIRE_TIMEOUT_MS: '500' },
    setUp: async (started) => {
      user = (await makeAgency(started)).member;
    },
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After instead of hanging, then recovers', async () => {
    // Both pooled connections are taken by open transactions until `release`.
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held: Promise<void>[] = [];
    const holding: Promise<void>[] = [];
    for (let i = 0; i < 2; i++) {
      holding.push(
        new Promise<void>((taken) => {
          held.push(
            ts.orm.em.fork().transactional(async (em) => {
              await em.execute('select 1');
              taken();
              await released;
            }),
          );
        }),
      );
    }
    await Promise.all(holding);

    expectUnavailable(await post(ts, '{ viewer { id } }', {}, user.token));
    expect(await readyz(ts)).toBe(503);

    release();
    await Promise.all(held);
    const after = await post(ts, '{ viewer { id } }', {}, user.token);
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
    expect(await readyz(ts)).toBe(200);
  });
});

describe('a row lock held longer than DATABASE_LOCK_TIMEOUT_MS', () => {
  const ts = useTestServer({ env: { DATABASE_LOCK_TIMEOUT_MS: '300' } });

  it('answers 503 SERVICE_UNAVAILABLE to the waiting command, which succeeds once the lock is gone', async () => {
    const { agency, member, coordinator } = await makeAgency(ts);
    const created = await post(
      ts,
      'mutation ($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }',
      {
        input: { title: unique('Nhiệm vụ '), dueOn: '2099-12-31', lead: { organizationId: gid.org(agency) } },
      },
      coordinator.token,
    );
    const taskId = (created.body.data as { createTask: { task: { id: string } } }).createTask.task.id;
    const report = () =>
      post(
        ts,
        'mutation ($input: ReportTaskProgressInput!) { reportTaskProgress(input: $input) { report { id } } }',
        { input: { taskId, organizationId: gid.org(agency), body: 'Đã làm', percent: 10 } },
        member.token,
      );

    // Another session holds the task's row lock.
    const locker = new pg.Client({ connectionString: ts.databaseUrl });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('select id from task where id = $1 for update', [parseGlobalId(taskId)!.id]);
      expectUnavailable(await report());
      await locker.query('rollback');
    } finally {
      await locker.end();
    }
    const retried = await report();
    expect(retried.status).toBe(200);
    expect(retried.body.errors).toBeUndefined();
  });
});

describe('a database outage', () => {
  let user: TestUser;
  const ts = useTestServer({
    env: { DATABASE_ACQUIRE_TIMEOUT_MS: '2000' },
    setUp: async (started) => {
      user = (await makeAgency(started)).member;
    },
  });

  it('answers 503 SERVICE_UNAVAILABLE (not 500) and /readyz 503, promptly', async () => {
    expect((await post(ts, '{ viewer { id } }', {}, user.token)).status).toBe(200);
    // The server's database disappears: its connections are terminated and new ones are refused.
    const name = new URL(ts.databaseUrl).pathname.slice(1);
    await onServer(inject('adminUrl'), `drop database "${name}" with (force)`);

    expectUnavailable(await post(ts, '{ viewer { id } }', {}, user.token));
    expectUnavailable(
      await post(ts, 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', {
        input: { email: `${unique('u-')}@test.phoihop.vn`, password: 'mat-khau-dai-du' },
      }),
    );
    expect(await readyz(ts)).toBe(503);
  });
});
