import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startServerProcess, stopServerProcesses } from './helpers/server-process.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'phoihop-start-'));

/** Starts `node dist/server/main.js` as `npm start` does, with no DATABASE_URL (embedded PostgreSQL). */
const startProcess = () =>
  startServerProcess({ DATABASE_URL: '', DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'info' });

async function signInAdmin(url: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }',
      variables: { i: { email: 'admin@demo.phoihop.vn', password: 'phoihop-demo' } },
    }),
  });
  return ((await response.json()) as { data: { signIn: { accessToken: string } } }).data.signIn.accessToken;
}

afterAll(async () => {
  await stopServerProcesses();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start without DATABASE_URL', () => {
  it('starts an embedded PostgreSQL with demo data, shuts down gracefully, and keeps the data across restarts', async () => {
    const first = await startProcess();
    expect(first.output()).toContain('Loaded demo data');
    const token = await signInAdmin(first.url);
    expect(token).toBeTruthy();
    const base = first.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    // A connected WebSocket client gets a proper close on SIGTERM, and the process exits 0.
    let connected!: () => void;
    const acknowledged = new Promise<void>((resolve) => {
      connected = resolve;
    });
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: first.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
        on: { connected, closed: (event) => resolve((event as { code: number }).code) },
      });
      client.subscribe(
        { query: 'subscription { organizationChanged { change } }' },
        { next() {}, error() {}, complete() {} },
      );
    });
    await acknowledged;
    const exited = new Promise<number | null>((resolve) => first.child.on('exit', resolve));
    first.child.kill('SIGTERM');
    expect(await closed).toBe(1001);
    expect(await exited).toBe(0);

    const second = await startProcess();
    try {
      expect(second.output()).not.toContain('Loaded demo data');
      expect(await signInAdmin(second.url)).toBeTruthy();
    } finally {
      await second.stop();
    }
  }, 120_000);
});
