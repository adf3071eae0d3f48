/**
 * Several server instances (issue 6): events fan out through the Redis at
 * 127.0.0.1:6379 between two real server processes sharing one database; a
 * Redis outage neither fails nor blocks a mutation, and the server picks up
 * again by itself when Redis is back; a server killed right after a commit
 * loses no notification. Each test run uses its own Redis channel prefix, so
 * parallel runs sharing the Redis do not hear each other.
 */
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import type { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { entities } from '../server/app/entities.js';
import { connectOrm } from '../server/core/db/orm.js';
import { toGlobalId } from '../server/core/ids.js';
import { createEventBus, type PubSub } from '../server/core/pubsub.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { graphql } from './generated/index.js';
import { cloneTemplate } from './helpers/databases.js';
import { gid, makeArea, makeOrganization, makeUser, unique, type TestUser } from './helpers/factories.js';
import {
  connectClient,
  grantRole,
  REDIS_URL,
  redisSubscribers,
  Role,
  subscribe,
  type TestClient,
} from './helpers/realtime.js';
import { within } from './helpers/bounded.js';
import { startServerProcess, stopServerProcesses } from './helpers/server-process.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const TaskAssigned = graphql(`
  subscription InstancesTaskAssigned($organizationId: ID!) {
    taskAssigned(organizationId: $organizationId) { change taskId task { id title } }
  }
`);

const InboxLive = graphql(`
  subscription InstancesInbox($after: String) {
    notificationAdded(after: $after) { kind subjectId cursor }
  }
`);

const Inbox = graphql(`
  query InstancesInboxPage {
    notifications(first: 20) { edges { node { kind subjectId } } }
  }
`);

const CreateTask = graphql(`
  mutation InstancesCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { task { id title } }
  }
`);

const RevokeRole = graphql(`
  mutation InstancesRevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input) { grant { isActive } }
  }
`);

/** The inbox stream waits for every older transaction of the cluster (other test files' too). */
const INBOX_WAIT = { timeout: 20_000 };
const clients: TestClient[] = [];

afterAll(async () => {
  for (const c of clients) await c.dispose();
  await stopServerProcesses();
});

/** A database of this file's own, copied from the migrated template. */
async function freshDatabase(): Promise<string> {
  const template = inject('templateDatabase');
  return cloneTemplate(inject('adminUrl'), template, `${template}_${randomUUID().slice(0, 8)}`);
}

/** Agencies and people on `orm`'s database: a lead A with a coordinator and a viewer, and a second agency B. */
async function seedWorld(orm: MikroORM) {
  const em = orm.em.fork();
  const area = await makeArea(em);
  const a = await makeOrganization(em, { area, name: `Ban Dân vận ${unique()}` });
  const b = await makeOrganization(em, { area, name: `Ủy ban MTTQ ${unique()}` });
  const coordA = await makeUser(orm);
  const coordB = await makeUser(orm);
  const viewer = await makeUser(orm);
  await grantRole(orm, coordA.user.id, a.id, Role.COORDINATOR);
  await grantRole(orm, coordB.user.id, b.id, Role.COORDINATOR);
  const viewerGrantOnA = await grantRole(orm, viewer.user.id, a.id, Role.VIEWER);
  await grantRole(orm, viewer.user.id, b.id, Role.VIEWER);
  const admin = await makeUser(orm, { isSystemAdmin: true });
  return { a, b, coordA, coordB, viewer, viewerGrantOnA, admin };
}

/** A GraphQL request over HTTP to `url`. */
async function post<T>(url: string, document: unknown, variables: unknown, token: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document as never), variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

const dueIn30Days = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const taskInput = (lead: Organization) => ({
  input: { title: `Nhiệm vụ ${unique()}`, dueOn: dueIn30Days(), lead: { organizationId: gid.org(lead) } },
});

function connect(url: string, user: TestUser) {
  const client = connectClient(url.replace(/^http/, 'ws'), user.token);
  clients.push(client);
  return client.client;
}

describe('two server processes sharing the database and Redis', () => {
  it('deliver to a subscriber on B what a mutation on A caused, and a role revoked on A stops it on B', async () => {
    const databaseUrl = await freshDatabase();
    const orm = await connectOrm(databaseUrl, entities);
    const world = await seedWorld(orm);
    await orm.close();
    const prefix = `phoihop-test-${randomUUID()}:`;
    const env = { DATABASE_URL: databaseUrl, REDIS_URL, REDIS_CHANNEL_PREFIX: prefix };
    const [first, second] = await Promise.all([startServerProcess(env), startServerProcess(env)]);

    const client = connect(second.url, world.viewer);
    const onA = await subscribe(client, TaskAssigned, { organizationId: gid.org(world.a) });
    const onB = await subscribe(client, TaskAssigned, { organizationId: gid.org(world.b) });
    const inbox = await subscribe(client, InboxLive, { after: null });
    // Live once instance B listens on the Redis channels (no server hook in another process).
    await expect.poll(() => redisSubscribers(`${prefix}TASK_CHANGED`)).toBe(1);
    await expect.poll(() => redisSubscribers(`${prefix}NOTIFICATION_ADDED`)).toBe(1);
    // Both instances listen for access changes.
    await expect.poll(() => redisSubscribers(`${prefix}ACCESS_CHANGED`)).toBe(2);

    const created = await post<{ createTask: { task: { id: string; title: string } } }>(
      first.url,
      CreateTask,
      taskInput(world.a),
      world.coordA.token,
    );
    const task = created.createTask.task;
    await expect.poll(() => onA.received).toEqual([{ change: 'CREATED', taskId: task.id, task }]);
    await expect
      .poll(() => inbox.received.map((n) => [n.kind, n.subjectId]), INBOX_WAIT)
      .toEqual([['TASK_ASSIGNED', task.id]]);

    // Revoked on A's instance: B reloads the viewer's access before the next event.
    await post(
      first.url,
      RevokeRole,
      { input: { grantId: toGlobalId('RoleGrant', world.viewerGrantOnA) } },
      world.admin.token,
    );
    await post(first.url, CreateTask, taskInput(world.a), world.coordA.token);
    const onOther = await post<{ createTask: { task: { id: string } } }>(
      first.url,
      CreateTask,
      taskInput(world.b),
      world.coordB.token,
    );
    await expect.poll(() => onB.received.map((e) => e.taskId)).toEqual([onOther.createTask.task.id]);
    expect(onA.received).toHaveLength(1);
    expect([onA, onB, inbox].flatMap((l) => l.errors)).toEqual([]);
  }, 60_000);

  it('lose no notification when the instance that committed is killed right after answering', async () => {
    const databaseUrl = await freshDatabase();
    const orm = await connectOrm(databaseUrl, entities);
    const world = await seedWorld(orm);
    await orm.close();
    const doomed = await startServerProcess({ DATABASE_URL: databaseUrl });
    const created = await post<{ createTask: { task: { id: string } } }>(
      doomed.url,
      CreateTask,
      taskInput(world.a),
      world.coordA.token,
    );
    const exited = new Promise((resolve) => doomed.child.on('exit', (_code, signal) => resolve(signal)));
    doomed.child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const survivor = await startTestServer({ database: databaseUrl });
    try {
      const inbox = await survivor.gql(Inbox, {}, world.viewer.token);
      expect(inbox.data?.notifications.edges.map((e) => e.node)).toEqual([
        { kind: 'TASK_ASSIGNED', subjectId: created.createTask.task.id },
      ]);
      // And a client catching up from the start of its inbox on the survivor gets it.
      const catchUp = await survivor.gql<{ notificationsAfter: { subjectId: string }[] }>(
        'query { notificationsAfter(first: 50) { subjectId } }',
        {},
        world.viewer.token,
      );
      expect(catchUp.data?.notificationsAfter.map((n) => n.subjectId)).toEqual([created.createTask.task.id]);
    } finally {
      await survivor.stop();
    }
  }, 60_000);
});

/**
 * A TCP proxy to the real Redis, down until `up()`: while down it accepts each connection and
 * closes it at once (to a client, Redis is unreachable) and counts them in `attempts`, so a test
 * can wait for the clients to have tried again rather than for some time.
 */
async function redisProxy() {
  const sockets = new Set<net.Socket>();
  let isUp = false;
  let attempts = 0;
  const server = net.createServer((client) => {
    if (!isUp) {
      attempts++;
      client.destroy();
      return;
    }
    const upstream = net.connect(6379, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `redis://127.0.0.1:${port}`,
    /** Connections refused so far. */
    attempts: () => attempts,
    up: () => {
      isUp = true;
    },
    down: async () => {
      isUp = false;
      for (const s of sockets) s.destroy();
      if (server.listening) await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Resolves once an event published on `bus` comes back to it through Redis. The publisher and the
 * subscriber connections reconnect each on its own back-off schedule, so the subscriber's channels
 * being back says nothing of the publisher, which drops (does not queue) what is published while
 * it is still reconnecting: a mutation right then has its event lost — the race that made the
 * outage test fail now and then.
 */
async function busRoundTrips(bus: PubSub): Promise<void> {
  const probe = bus.subscribe('ACCESS_CHANGED');
  let heard = false;
  const first = probe.next().then(() => {
    heard = true;
  });
  await expect
    .poll(
      () => {
        bus.publish('ACCESS_CHANGED', { userIds: [] });
        return heard;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  await first;
  await probe.return?.();
}

describe('a Redis outage', () => {
  let ts: TestServer;
  const proxy = redisProxy();
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(() => {
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await ts?.stop();
    await (await proxy).down();
  });

  it('never fails nor blocks publishing', async () => {
    const bus = createEventBus((await proxy).url, { channelPrefix: `phoihop-test-${randomUUID()}:` });
    try {
      // publish is synchronous and never throws, Redis or not: the loop simply completes.
      for (let i = 0; i < 100; i++)
        expect(() => bus.publish('ACCESS_CHANGED', { userIds: [String(i)] })).not.toThrow();
    } finally {
      await bus.close();
    }
  });

  it('lets mutations succeed with their inbox rows, and the server listens again by itself when Redis is back', async () => {
    const { url, up, attempts } = await proxy;
    const prefix = `phoihop-test-${randomUUID()}:`;
    // Redis is down from the start.
    ts = await startTestServer({ env: { REDIS_URL: url, REDIS_CHANNEL_PREFIX: prefix } });
    const em = ts.orm.em.fork();
    const lead = await makeOrganization(em, { area: await makeArea(em) });
    const coordinator = await makeUser(ts.orm);
    const viewer = await makeUser(ts.orm);
    await grantRole(ts.orm, coordinator.user.id, lead.id, Role.COORDINATOR);
    await grantRole(ts.orm, viewer.user.id, lead.id, Role.VIEWER);
    const client = connect(ts.url, viewer);
    const live = await subscribe(client, TaskAssigned, { organizationId: gid.org(lead) }, ts.events);
    const inbox = await subscribe(client, InboxLive, { after: null }, ts.events);

    // The mutation does not wait on Redis (a hang guard, not a timing assertion).
    const during = await within(10_000, ts.gql(CreateTask, taskInput(lead), coordinator.token));
    expect(during.errors).toBeUndefined();
    const duringId = during.data!.createTask.task.id;
    expect(
      (await ts.gql(Inbox, {}, viewer.token)).data?.notifications.edges.map((e) => e.node.subjectId),
    ).toEqual([duringId]);
    // Wait for ioredis to give up on the SUBSCRIBE commands queued during the outage: with
    // maxRetriesPerRequest 1 it rejects its queue at every second failed reconnection, and the
    // publisher and subscriber clients retry in step (same back-off), so six more refused
    // connections hold at least two of the subscriber's.
    const refused = attempts();
    await expect.poll(() => attempts() - refused, { timeout: 10_000 }).toBeGreaterThanOrEqual(6);

    up();
    // Every channel this instance listens on is subscribed again, including the access changes.
    for (const topic of ['ACCESS_CHANGED', 'TASK_CHANGED', 'NOTIFICATION_ADDED']) {
      await expect.poll(() => redisSubscribers(`${prefix}${topic}`), { timeout: 10_000 }).toBe(1);
    }
    await busRoundTrips(ts.pubsub);
    const after = await ts.gql(CreateTask, taskInput(lead), coordinator.token);
    const afterId = after.data!.createTask.task.id;
    await expect.poll(() => live.received.map((e) => e.taskId)).toEqual([afterId]);
    // The inbox stream misses nothing: the notification written during the outage comes too, first.
    await expect.poll(() => inbox.received.map((n) => n.subjectId), INBOX_WAIT).toEqual([duringId, afterId]);
    expect(unhandled).toEqual([]);
  }, 30_000);

  it('releases the Redis channels when subscribers leave, even the inbox stream waiting for news', async () => {
    const prefix = `phoihop-test-${randomUUID()}:`;
    const server = await startTestServer({ env: { REDIS_URL, REDIS_CHANNEL_PREFIX: prefix } });
    try {
      const viewer = await makeUser(server.orm);
      const c = connectClient(server.wsUrl, viewer.token);
      clients.push(c);
      const inbox = await subscribe(c.client, InboxLive, { after: null }, server.events);
      const live = await subscribe(
        c.client,
        TaskAssigned,
        { organizationId: toGlobalId('Organization', randomUUID()) },
        server.events,
      );
      await expect.poll(() => redisSubscribers(`${prefix}NOTIFICATION_ADDED`)).toBe(1);
      await expect.poll(() => redisSubscribers(`${prefix}TASK_CHANGED`)).toBe(1);
      inbox.stop();
      live.stop();
      await expect.poll(() => redisSubscribers(`${prefix}NOTIFICATION_ADDED`)).toBe(0);
      await expect.poll(() => redisSubscribers(`${prefix}TASK_CHANGED`)).toBe(0);
    } finally {
      await server.stop();
    }
  });
});

/** Publishes `n` events to one subscriber that never reads and one that does; resolves with what the reader got. */
async function slowAndFast(bus: ReturnType<typeof createEventBus>, n: number, ready: () => Promise<void>) {
  const slow = bus.subscribe('ACCESS_CHANGED');
  void slow.next(); // listening, then never reads again
  const fast = bus.subscribe('ACCESS_CHANGED');
  const received: string[] = [];
  const reading = (async () => {
    for await (const event of fast) {
      received.push(event.userIds[0]);
      if (received.length === n) break;
    }
  })();
  await ready();
  for (let i = 0; i < n; i++) {
    bus.publish('ACCESS_CHANGED', { userIds: [String(i)] });
    // Events come from separate transactions: the reader gets a turn now and then.
    if (i % 100 === 99) await new Promise((resolve) => setImmediate(resolve));
  }
  await reading;
  await slow.return?.();
  return received;
}

describe('the event bus', () => {
  it('keeps delivering to the others when one subscriber stops reading (in-process: no uncaught exception)', async () => {
    const bus = createEventBus();
    const received = await slowAndFast(bus, 1_500, async () => {});
    expect(received).toHaveLength(1_500);
    expect(received.at(-1)).toBe('1499');
  });

  it('keeps delivering to the others when one subscriber stops reading (through Redis)', async () => {
    const prefix = `phoihop-test-${randomUUID()}:`;
    const bus = createEventBus(REDIS_URL, { channelPrefix: prefix });
    try {
      const received = await slowAndFast(bus, 1_500, () =>
        expect.poll(() => redisSubscribers(`${prefix}ACCESS_CHANGED`)).toBe(1),
      );
      expect(received).toHaveLength(1_500);
    } finally {
      await bus.close();
    }
  });
});
