/**
 * Access tokens speak for a sign-in session that exists (issue 10, item 8): a token
 * signed with the right secret but naming a session that was never opened — or one
 * of another user — is refused like a revoked one, over HTTP and at connection_init.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signAccessToken } from '../server/core/auth/tokens.js';
import { WS_CLOSE } from '../server/app/ws-hygiene.js';
import { graphql } from './generated/index.js';
import { makeUser } from './helpers/factories.js';
import { connectClient, type TestClient } from './helpers/realtime.js';
import { useTestServer } from './helpers/server.js';

const SECRET = 'phoihop-development-secret-change-me';

const SessionsViewer = graphql(`
  query SessionsViewer {
    viewer { id }
  }
`);

const ts = useTestServer({
  tearDown: async () => {
    for (const client of clients) await client.dispose();
  },
});
const clients: TestClient[] = [];

/** The session id (`sid`) of an access token, read without verifying it. */
function sessionIdOf(accessToken: string): string {
  return JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')).sid;
}

/** The error code of `token`'s `viewer` query, or OK. */
async function viewerCode(token: string): Promise<string> {
  const result = await ts.gql(SessionsViewer, {}, token);
  return (result.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
}

/** The close codes of a WebSocket that sent `token` in connection_init, once it closed. */
async function wsCloses(token: string): Promise<number[]> {
  const client = connectClient(ts.wsUrl, token, { lazy: false });
  clients.push(client);
  await expect.poll(() => client.closes.length).toBe(1);
  return client.closes;
}

describe('sessions', () => {
  it('refuses a well-signed token whose session does not exist', async () => {
    const { user } = await makeUser(ts.orm);
    const forged = await signAccessToken(SECRET, { userId: user.id, sessionId: randomUUID() });
    expect(await viewerCode(forged)).toBe('UNAUTHENTICATED');
    expect(await wsCloses(forged)).toEqual([WS_CLOSE.BAD_TOKEN]);
  });

  it("refuses a token naming another user's session", async () => {
    const [alice, bob] = [await makeUser(ts.orm), await makeUser(ts.orm)];
    const borrowed = await signAccessToken(SECRET, {
      userId: alice.user.id,
      sessionId: sessionIdOf(bob.token),
    });
    expect(await viewerCode(borrowed)).toBe('UNAUTHENTICATED');
  });

  it('accepts a token signed now for an open session (control)', async () => {
    const { user, token } = await makeUser(ts.orm);
    const resigned = await signAccessToken(SECRET, { userId: user.id, sessionId: sessionIdOf(token) });
    expect(await viewerCode(resigned)).toBe('OK');
  });
});
