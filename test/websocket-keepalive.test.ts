/**
 * WebSocket keep-alive (issue 10, item 6): one mechanism, graphql-ws's own, pinging
 * every `WS_KEEPALIVE_MS`. A client that stops answering is dropped (no close frame:
 * it sees 1006); a client that is slow — it answers each ping late, but within the
 * interval — keeps its connection. The interval is short here so the test is quick;
 * the margin between "late" and "too late" is generous (a quarter of the interval).
 */
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { makeUser } from './helpers/factories.js';
import { openRawSocket } from './helpers/realtime.js';
import { useTestServer } from './helpers/server.js';

const KEEPALIVE_MS = 800;

const ts = useTestServer({ env: { WS_KEEPALIVE_MS: String(KEEPALIVE_MS) } });

/** An acknowledged raw socket that answers no ping by itself. */
async function signedInSocket(token: string) {
  const raw = await openRawSocket(ts.wsUrl, { autoPong: false });
  expect(await raw.init({ authorization: `Bearer ${token}` })).toBe('ack');
  return raw;
}

describe('WebSocket keep-alive', () => {
  it('drops a client that stops answering pings, and keeps one that answers them late', async () => {
    const viewer = await makeUser(ts.orm);
    const dead = await signedInSocket(viewer.token);
    const slow = await signedInSocket(viewer.token);
    let slowPings = 0;
    slow.socket.on('ping', () => {
      slowPings++;
      // Answers late on purpose (the behaviour under test), not to wait for anything.
      setTimeout(() => slow.socket.pong(), KEEPALIVE_MS / 4);
    });
    let deadPings = 0;
    dead.socket.on('ping', () => deadPings++);

    // Terminated without a close frame after one unanswered ping.
    expect(await dead.closed).toBe(1006);
    expect(deadPings).toBe(1);
    // The slow client has meanwhile answered pings late and is still served.
    await expect.poll(() => slowPings, { timeout: 10 * KEEPALIVE_MS }).toBeGreaterThanOrEqual(3);
    expect(slow.socket.readyState).toBe(slow.socket.OPEN);
    const pong = once(slow.socket, 'message');
    slow.send({ type: 'ping' });
    expect(JSON.parse(String((await pong)[0]))).toEqual({ type: 'pong' });
    slow.socket.close();
  });
});
