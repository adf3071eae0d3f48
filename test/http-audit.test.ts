import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { useTestServer } from './helpers/server.js';

const ts = useTestServer();

describe('GraphQL over HTTP (graphql-http server audits)', () => {
  it('passes every audit with no error', async () => {
    const results = await Promise.all(serverAudits({ url: () => ts.url }).map((audit) => audit.fn()));
    const errors = results
      .filter((r) => r.status === 'error')
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(errors).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(40);
  });
});

describe('health checks', () => {
  it('answers /healthz and /readyz', async () => {
    const base = ts.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers an over-large body with a JSON 413, not a stack trace', async () => {
    const response = await fetch(ts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(200_000) }),
    });
    expect(response.status).toBe(413);
    const body = await response.text();
    expect(JSON.parse(body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});
