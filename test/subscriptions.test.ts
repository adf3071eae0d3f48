import { once } from 'node:events';
import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WS_CLOSE } from '../server/app/ws-hygiene.js';
import { graphql } from './generated/index.js';
import { connectionViewer } from '../server/app/context-factory.js';
import { Role } from '../server/core/access.js';
import { readConfig } from '../server/core/config.js';
import {
  gid,
  makeArea,
  makeOrganization,
  makeUser,
  makeUserWith,
  type TestUser,
} from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const OrganizationChanged = graphql(`
  subscription OrganizationChanged($organizationId: ID) {
    organizationChanged(organizationId: $organizationId) { change organization { id name } }
  }
`);

const Rename = graphql(`
  mutation RenameForSubscription($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) { organization { id name version } }
  }
`);

let ts: TestServer;
let admin: TestUser;
const clients: Client[] = [];

function connect(token: string | null): Client {
  const client = createClient({
    url: ts.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

/** Subscribes and resolves once the server says the subscription is live. */
async function subscribe(client: Client, variables: Record<string, unknown>) {
  const received: unknown[] = [];
  const errors: unknown[] = [];
  const live = once(ts.events, 'subscribed');
  client.subscribe(
    { query: print(OrganizationChanged), variables },
    { next: (value) => received.push(value), error: (e) => errors.push(e), complete: () => {} },
  );
  await live;
  return { received, errors };
}

beforeAll(async () => {
  ts = await startTestServer();
  admin = await makeUser(ts.orm, { isSystemAdmin: true });
});
afterAll(async () => {
  for (const client of clients) await client.dispose();
  await ts?.stop();
});

describe('subscriptions over graphql-ws', () => {
  it('delivers a directory change to a subscriber of that organization only', async () => {
    const em = ts.orm.em.fork();
    const area = await makeArea(em);
    const watched = await makeOrganization(em, { area, name: 'Ban Dân vận' });
    const other = await makeOrganization(em, { area });
    const viewer = await makeUser(ts.orm);
    const mine = await subscribe(connect(viewer.token), { organizationId: gid.org(watched) });
    const theirs = await subscribe(connect(viewer.token), { organizationId: gid.org(other) });

    const result = await ts.gql(
      Rename,
      { input: { organizationId: gid.org(watched), name: 'Ban Dân vận Tỉnh ủy' } },
      admin.token,
    );
    expect(result.errors).toBeUndefined();
    await expect.poll(() => mine.received.length).toBe(1);
    expect(mine.received[0]).toEqual({
      data: {
        organizationChanged: {
          change: 'RENAMED',
          organization: { id: gid.org(watched), name: 'Ban Dân vận Tỉnh ủy' },
        },
      },
    });
    // A second change to the watched organization proves the other subscriber had time to receive anything.
    await ts.gql(Rename, { input: { organizationId: gid.org(watched), name: 'Ban Dân vận' } }, admin.token);
    await expect.poll(() => mine.received.length).toBe(2);
    // Each event reads fresh data: the second one shows the second name, not a cached first one.
    expect(mine.received[1]).toMatchObject({
      data: { organizationChanged: { change: 'RENAMED', organization: { name: 'Ban Dân vận' } } },
    });
    expect(theirs.received).toEqual([]);
  });

  it('refuses a subscription without a signed-in viewer: the connection closes at connection_init', async () => {
    const client = connect(null);
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: print(OrganizationChanged), variables: {} },
        {
          next: (value) => resolve(value),
          error: (error) => resolve(error),
          complete: () => resolve('complete'),
        },
      );
    });
    expect((outcome as { code?: number }).code).toBe(WS_CLOSE.NO_TOKEN);
  });
});

describe('ended sessions', () => {
  it('closes the live connections of a session when it signs out (4401), and leaves other sessions open', async () => {
    const viewer = await makeUser(ts.orm);
    const other = await makeUser(ts.orm);
    const closedWith = (token: string) => {
      let code: number | null = null;
      const client = createClient({
        url: ts.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        on: { closed: (event) => (code = (event as { code: number }).code) },
      });
      clients.push(client);
      return { client, code: () => code };
    };
    const mine = closedWith(viewer.token);
    const theirs = closedWith(other.token);
    for (const { client } of [mine, theirs]) {
      const live = once(ts.events, 'subscribed');
      client.subscribe(
        { query: print(OrganizationChanged), variables: {} },
        { next() {}, error() {}, complete() {} },
      );
      await live;
    }
    const signedOut = await ts.gql('mutation { signOut { signedOut } }', {}, viewer.token);
    expect(signedOut.errors).toBeUndefined();
    await expect.poll(() => mine.code()).toBe(WS_CLOSE.SESSION_ENDED);
    expect(theirs.code()).toBeNull();
  });
});

describe('connections opened together', () => {
  it('of one token load its viewer once; later ones load it again and share its access', async () => {
    const em = ts.orm.em.fork();
    const organization = await makeOrganization(em, { area: await makeArea(em) });
    const viewer = await makeUserWith(ts.orm, organization.id, Role.VIEWER);
    const deps = { orm: ts.liveOrm, config: readConfig({ NODE_ENV: 'test' }), pubsub: ts.pubsub };
    ts.liveSql.reset();
    const together = await Promise.all(
      Array.from({ length: 20 }, () => connectionViewer(deps, viewer.token)),
    );
    // One statement (the viewer with its roles) for the twenty, through the live pool.
    expect(ts.liveSql.count).toBe(1);
    expect(new Set(together).size).toBe(1);
    expect(together[0]?.access?.has(Role.VIEWER, organization.id)).toBe(true);
    const later = await connectionViewer(deps, viewer.token);
    expect(ts.liveSql.count).toBe(2);
    // Its roles are the same: the access object is the one the others hold.
    expect(later?.access).toBe(together[0]?.access);
  });
});
