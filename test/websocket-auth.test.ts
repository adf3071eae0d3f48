/**
 * WebSocket authentication (issue 10, item 6): every subscription needs a signed-in
 * viewer, so a connection is decided at `connection_init` — without a token it closes
 * with 4401 (Unauthorized), with a token that does not check out with 4403 (Forbidden),
 * and in neither case is it acknowledged. The web client's way (a bearer token in
 * `connectionParams`) connects; a graphql-ws client does not retry a 4401.
 */
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WS_CLOSE } from '../server/app/ws-hygiene.js';
import { signAccessToken } from '../server/core/auth/tokens.js';
import { User } from '../server/modules/users/user.entity.js';
import { graphql } from './generated/index.js';
import { makeUser } from './helpers/factories.js';
import { connectClient, openRawSocket, subscribe, type TestClient } from './helpers/realtime.js';
import { startTestServer, useTestServer } from './helpers/server.js';

const SECRET = 'phoihop-development-secret-change-me';

const WsAuthInbox = graphql(`
  subscription WsAuthInbox {
    notificationAdded { id }
  }
`);

const ts = useTestServer({
  tearDown: async () => {
    for (const client of clients) await client.dispose();
  },
});
const clients: TestClient[] = [];

/** Sends `connection_init` with `payload` on a raw socket: the server's answer and every message it sent. */
async function initWith(payload: Record<string, unknown>) {
  const raw = await openRawSocket(ts.wsUrl);
  const answer = await raw.init(payload);
  if (answer === 'ack') raw.socket.close();
  return { answer, messages: raw.messages.map((m) => m.type) };
}

/** A promise that resolves when `open` is called. */
function gate() {
  let open: (() => void) | undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open: () => open?.() };
}

/** The session id (`sid`) of an access token, read without verifying it. */
const sessionIdOf = (token: string): string =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).sid;

describe('WebSocket authentication at connection_init', () => {
  it('closes a connection without a token with 4401, never acknowledged', async () => {
    for (const payload of [{}, { authorization: '' }, { authorization: 'Basic dXNlcjpwYXNz' }]) {
      expect(await initWith(payload)).toEqual({ answer: WS_CLOSE.NO_TOKEN, messages: [] });
    }
  });

  it('closes a connection whose token does not check out with 4403, never acknowledged', async () => {
    const expiredUser = await makeUser(ts.orm);
    const expired = await signAccessToken(
      SECRET,
      { userId: expiredUser.user.id, sessionId: sessionIdOf(expiredUser.token) },
      new Date(Date.now() - 3600_000),
    );
    const signedOut = await makeUser(ts.orm);
    expect((await ts.gql('mutation { signOut { signedOut } }', {}, signedOut.token)).errors).toBeUndefined();
    const disabled = await makeUser(ts.orm);
    await ts.orm.em.fork().nativeUpdate(User, { id: disabled.user.id }, { disabled: true });

    for (const token of ['not-a-token', expired, signedOut.token, disabled.token, 'pht_unknown']) {
      expect(await initWith({ authorization: `Bearer ${token}` }), token).toEqual({
        answer: WS_CLOSE.BAD_TOKEN,
        messages: [],
      });
    }
  });

  it('acknowledges a signed-in user (the web client sends connectionParams.authorization) and delivers events', async () => {
    const viewer = await makeUser(ts.orm);
    expect(await initWith({ authorization: `Bearer ${viewer.token}` })).toEqual({
      answer: 'ack',
      messages: ['connection_ack'],
    });

    const client = connectClient(ts.wsUrl, viewer.token);
    clients.push(client);
    const live = await subscribe(client.client, WsAuthInbox, {}, ts.events);
    expect(live.errors).toEqual([]);
    expect(client.closes).toEqual([]);
  });

  it('closes with 1013 (try again later) when the viewer cannot be loaded under load, and the client gets in on its retry', async () => {
    const busy = await startTestServer({
      env: { DATABASE_LIVE_POOL_MAX: '2', DATABASE_ACQUIRE_TIMEOUT_MS: '200' },
      database: ts.databaseUrl,
    });
    const viewer = await makeUser(ts.orm);
    // Every connection of the busy instance's live pool (WebSocket operations) held by an open transaction.
    const holders = [busy.liveOrm.em.fork(), busy.liveOrm.em.fork()];
    for (const em of holders) {
      await em.begin();
      await em.execute('select 1');
    }
    const { opened: released, open: release } = gate();
    const closes: number[] = [];
    const client = createClient({
      url: busy.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${viewer.token}` },
      retryAttempts: 1,
      retryWait: () => released,
      on: { closed: (event) => closes.push((event as { code: number }).code) },
    });
    try {
      const live = subscribe(client, WsAuthInbox, {}, busy.events);
      await expect.poll(() => closes).toEqual([WS_CLOSE.TRY_AGAIN_LATER]);
      for (const em of holders) await em.rollback();
      release();
      expect((await live).errors).toEqual([]);
    } finally {
      await client.dispose();
      await busy.stop();
    }
  });

  it('a graphql-ws client set to retry forever (as the web client is) does not retry without a token', async () => {
    let connecting = 0;
    const client = createClient({
      url: ts.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: {},
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: () => true,
      retryWait: async () => {},
      on: { connecting: () => connecting++ },
    });
    const error = await new Promise<unknown>((resolve) =>
      client.subscribe({ query: print(WsAuthInbox) }, { next: () => {}, error: resolve, complete: () => {} }),
    );
    expect((error as { code: number }).code).toBe(WS_CLOSE.NO_TOKEN);
    expect(connecting).toBe(1);
    await client.dispose();
  });
});
