/**
 * Metrics (issue 13, item 3): `/metrics` in Prometheus' text format, behind
 * `METRICS_TOKEN` on the main port or on a separate `METRICS_PORT`, off with neither;
 * request durations by operation, errors by code, the database pool, statement
 * durations, WebSocket connections and subscriptions, events published, deliveries,
 * sign-in failures.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique } from './helpers/factories.js';
import { connectClient, type TestClient } from './helpers/realtime.js';
import { startTestServer, type TestServer, useTestServer } from './helpers/server.js';

const TOKEN = `metrics-${unique()}`;
const ts = useTestServer({
  env: { METRICS_TOKEN: TOKEN },
  tearDown: async () => {
    for (const client of clients) await client.dispose();
  },
});
const clients: TestClient[] = [];

const origin = (server: TestServer) => server.url.replace('/graphql', '');

async function scrape(url = `${origin(ts)}/metrics`, token: string | null = TOKEN) {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** Scrapes until `done` accepts the text (the server observed something); fails after 20 s. */
async function scrapeUntil(done: (text: string) => boolean): Promise<string> {
  let text = '';
  await expect
    .poll(async () => done((text = (await scrape()).text)), {
      timeout: 20_000,
      message: 'metrics did not reach the expected state within 20 s',
    })
    .toBe(true);
  return text;
}

/** The value of one sample (`name` with exactly these labels, in the registry's order); 0 when absent. */
function sample(text: string, name: string, labels = ''): number {
  const key = labels ? `${name}{${labels}} ` : `${name} `;
  const line = text.split('\n').find((l) => l.startsWith(key));
  return line ? Number(line.slice(key.length)) : 0;
}

describe('/metrics on the main port', () => {
  it('answers 401 without the token or with a wrong one, 200 in text format with it', async () => {
    expect((await scrape(undefined, null)).status).toBe(401);
    expect((await scrape(undefined, 'wrong')).status).toBe(401);
    const ok = await scrape();
    expect(ok.status).toBe(200);
    expect(ok.type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of [
      'phoihop_graphql_request_duration_seconds',
      'phoihop_graphql_errors_total',
      'phoihop_db_pool_connections',
      'phoihop_db_pool_waiting_requests',
      'phoihop_db_statement_duration_seconds',
      'phoihop_db_slow_statements_total',
      'phoihop_websocket_connections',
      'phoihop_subscriptions_active',
      'phoihop_events_published_total',
      'phoihop_subscription_deliveries_total',
      'phoihop_subscription_delivery_lag_seconds',
      'phoihop_reminders_sent_total',
      'phoihop_sign_in_failures_total',
      'phoihop_process_cpu_seconds_total',
    ]) {
      expect(ok.text, name).toContain(`# TYPE ${name} `);
    }
  });

  it('counts requests by operation, errors by code, sign-in failures, statements and the pool', async () => {
    const before = (await scrape()).text;
    const ping = await ts.gql('query MetricsPing { __typename }');
    expect(ping.errors).toBeUndefined();
    const failed = await ts.gql(
      'mutation MetricsSignIn($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email: `${unique('nobody-')}@test.phoihop.vn`, password: 'wrong-password' } },
    );
    expect(failed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const after = (await scrape()).text;

    const count = 'phoihop_graphql_request_duration_seconds_count';
    const pingLabels = 'operation_name="MetricsPing",operation_type="query"';
    expect(sample(after, count, pingLabels) - sample(before, count, pingLabels)).toBe(1);
    const unauth = 'code="UNAUTHENTICATED"';
    expect(sample(after, 'phoihop_graphql_errors_total', unauth)).toBe(
      sample(before, 'phoihop_graphql_errors_total', unauth) + 1,
    );
    expect(sample(after, 'phoihop_sign_in_failures_total')).toBe(
      sample(before, 'phoihop_sign_in_failures_total') + 1,
    );
    expect(sample(after, 'phoihop_db_statement_duration_seconds_count')).toBeGreaterThan(
      sample(before, 'phoihop_db_statement_duration_seconds_count'),
    );
    expect(after).toMatch(/^phoihop_db_pool_connections\{pool="primary",state="idle"\} \d+$/m);
    expect(after).toMatch(/^phoihop_db_pool_waiting_requests\{pool="primary"\} 0$/m);
  });

  it('labels arbitrary operation names as "other", so clients cannot grow the metrics', async () => {
    await ts.gql(`query ${'N'.repeat(100)} { __typename }`);
    const text = (await scrape()).text;
    expect(text).not.toContain('N'.repeat(100));
  });

  it('counts WebSocket connections, active subscriptions, events published and deliveries', async () => {
    const em = ts.orm.em.fork();
    const org = await makeOrganization(em, { area: await makeArea(em) });
    const admin = await makeUserWith(ts.orm, org.id, Role.ADMIN);
    const before = (await scrape()).text;
    const client = connectClient(ts.wsUrl, admin.token);
    clients.push(client);
    const delivered = new Promise<unknown>((resolve, reject) => {
      client.client.subscribe(
        {
          query: 'subscription MetricsOrg($id: ID) { organizationChanged(organizationId: $id) { change } }',
          variables: { id: gid.org(org) },
        },
        { next: resolve, error: reject, complete: () => {} },
      );
    });
    await new Promise((resolve) => ts.events.once('subscribed', resolve));
    const live = (await scrape()).text;
    expect(sample(live, 'phoihop_websocket_connections')).toBe(
      sample(before, 'phoihop_websocket_connections') + 1,
    );
    expect(sample(live, 'phoihop_subscriptions_active')).toBe(
      sample(before, 'phoihop_subscriptions_active') + 1,
    );

    const renamed = await ts.gql(
      'mutation MetricsRename($input: RenameOrganizationInput!) { renameOrganization(input: $input) { organization { id } } }',
      { input: { organizationId: gid.org(org), name: `Tên mới ${unique()}` } },
      admin.token,
    );
    expect(renamed.errors).toBeUndefined();
    await delivered;
    const sent = (await scrape()).text;
    const topic = 'topic="ORGANIZATION_CHANGED"';
    expect(sample(sent, 'phoihop_events_published_total', topic)).toBeGreaterThan(
      sample(before, 'phoihop_events_published_total', topic),
    );
    expect(sample(sent, 'phoihop_subscription_deliveries_total')).toBeGreaterThan(
      sample(before, 'phoihop_subscription_deliveries_total'),
    );
    // The event was stamped when published (after commit) and its lag observed on delivery.
    expect(sample(sent, 'phoihop_subscription_delivery_lag_seconds_count')).toBeGreaterThan(
      sample(before, 'phoihop_subscription_delivery_lag_seconds_count'),
    );

    await client.dispose();
    // The server sees the close a moment after the client: scrape until it shows (bounded).
    const settled = await scrapeUntil(
      (text) =>
        sample(text, 'phoihop_websocket_connections') === sample(before, 'phoihop_websocket_connections'),
    );
    expect(sample(settled, 'phoihop_subscriptions_active')).toBe(
      sample(before, 'phoihop_subscriptions_active'),
    );
  });
});

describe('where metrics are served', () => {
  it('serves nothing without METRICS_TOKEN or METRICS_PORT', async () => {
    const off = await startTestServer({ database: ts.databaseUrl });
    try {
      expect((await scrape(`${origin(off)}/metrics`, null)).status).toBe(404);
      expect(off.server.metricsPort).toBeUndefined();
    } finally {
      await off.stop();
    }
  });

  it('serves them on METRICS_PORT (not on the main port) when set', async () => {
    const separate = await startTestServer({ database: ts.databaseUrl, env: { METRICS_PORT: '0' } });
    try {
      const port = separate.server.metricsPort;
      expect(port).toEqual(expect.any(Number));
      const scraped = await scrape(`http://127.0.0.1:${port}/metrics`, null);
      expect(scraped.status).toBe(200);
      expect(scraped.text).toContain('# TYPE phoihop_graphql_request_duration_seconds histogram');
      expect((await scrape(`${origin(separate)}/metrics`, null)).status).toBe(404);
    } finally {
      await separate.stop();
    }
  });
});
