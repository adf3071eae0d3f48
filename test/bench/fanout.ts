/*
 * Fan-out through the public API: `subscribers` graphql-ws connections each
 * subscribe to `taskAssigned` of the viewer's organization; creating a task
 * it leads (over HTTP) publishes one event to all of them. Measures each
 * delivery's latency from the moment the mutation's answer arrived (the
 * commit is before it), the server's CPU and memory per connection, the SQL
 * statements per delivery, and missed or duplicated deliveries.
 */
import { performance } from 'node:perf_hooks';
import { type Client, createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import { toGlobalId } from '../../server/core/ids.js';
import { quantile } from './load.js';
import { cpuMsOf, rssOf } from './processes.js';
import type { Probe } from './measure.js';

/** What one fan-out scenario measured. */
export interface FanoutResult {
  subscribers: number;
  events: number;
  deliveries: number;
  missed: number;
  duplicated: number;
  /** Latency of each delivery from the mutation's answer (negative clamped to 0). */
  p50Ms: number;
  p99Ms: number;
  /** Deliveries per second over the burst, from the first mutation sent to the last delivery. */
  deliveriesPerSecond: number;
  serverCpuMsPerDelivery: number;
  statementsPerDelivery: number;
  serverMemoryKiBPerConnection: number;
}

const SUBSCRIPTION = `subscription($id: ID!) { taskAssigned(organizationId: $id) { task { id title } } }`;
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }`;

/** Opens `count` connections, each subscribed; resolves once every one is acknowledged and subscribed. */
async function subscribeAll(
  wsUrl: string,
  token: string,
  organizationId: string,
  count: number,
  onEvent: (title: string, at: number) => void,
  seen: Set<number>,
): Promise<Client[]> {
  const clients: Client[] = [];
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, async (_, j) => {
      const index = i + j;
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
        // Closed by the server at shutdown: not an error of the measurement.
        onNonLazyError: () => {},
      });
      clients.push(client);
      await new Promise<void>((resolve, reject) => {
        client.on('connected', () => resolve());
        client.on('closed', (event) => reject(new Error(`closed ${(event as { code?: number }).code}`)));
      });
      client.subscribe(
        { query: SUBSCRIPTION, variables: { id: organizationId } },
        {
          next: (value) => {
            const title = (value.data as { taskAssigned?: { task: { title: string } } })?.taskAssigned?.task
              .title;
            if (title?.startsWith('control ')) seen.add(index);
            if (title) onEvent(title, performance.now());
          },
          // A connection closed at the end of the run (or by the server) ends its subscription.
          error: () => {},
          complete: () => {},
        },
      );
    });
    await Promise.all(batch);
  }
  return clients;
}

/**
 * Runs one scenario: `events` tasks created one after another (a burst when
 * more than one), delivered to `subscribers` connections.
 */
export async function fanout(options: {
  url: string;
  token: string;
  organizationId: string;
  subscribers: number;
  events: number;
  probe: Probe;
  /** CPU and statements of one `createTask` alone (from the write target), subtracted per event. */
  mutation: { cpuMs: number; statements: number };
  log: (line: string) => void;
}): Promise<FanoutResult> {
  const { url, token, subscribers, events, probe } = options;
  const wsUrl = url.replace(/^http/, 'ws');
  const organization = toGlobalId('Organization', options.organizationId);
  const received = new Map<string, number[]>();
  const answeredAt = new Map<string, number>();
  let deliveries = 0;
  let lastDelivery = 0;
  let allArrived: (() => void) | null = null;
  const expected = subscribers * events;
  /** Connections a control event has reached. */
  const seen = new Set<number>();
  const onEvent = (title: string, at: number) => {
    if (title.startsWith('control ')) return;
    const times = received.get(title) ?? [];
    times.push(at);
    received.set(title, times);
    deliveries++;
    lastDelivery = at;
    if (deliveries >= expected) allArrived?.();
  };
  const rssBefore = rssOf(probe.pid);
  const clients = await subscribeAll(wsUrl, token, organization, subscribers, onEvent, seen);
  try {
    return await measureDeliveries();
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
  }

  async function measureDeliveries(): Promise<FanoutResult> {
    // graphql-ws does not acknowledge a subscription: the subscriptions are live once a
    // control event has reached every connection (control events are sent until one has).
    for (let attempt = 0; seen.size < subscribers; attempt++) {
      if (attempt === 60)
        throw new Error(`control events reached ${seen.size} of ${subscribers} connections`);
      await createTask(url, token, options.organizationId, `control ${Date.now()} ${attempt}`);
      const until = performance.now() + 1000;
      while (seen.size < subscribers && performance.now() < until)
        await new Promise((r) => setTimeout(r, 20));
    }
    // Late control events still on their way are not counted below (only the measured titles are).
    const rssAfter = rssOf(probe.pid);
    deliveries = 0;

    const done = new Promise<void>((resolve) => {
      allArrived = resolve;
    });
    const statementsBefore = await probe.statements();
    const cpuBefore = cpuMsOf(probe.pid);
    const start = performance.now();
    const titles = Array.from({ length: events }, (_, i) => `fan-out ${Date.now()} ${i}`);
    // A burst: the mutations are sent back to back, 10 at a time.
    for (let i = 0; i < titles.length; i += 10) {
      await Promise.all(
        titles.slice(i, i + 10).map(async (title) => {
          await createTask(url, token, options.organizationId, title);
          answeredAt.set(title, performance.now());
        }),
      );
    }
    await Promise.race([done, timeout(120_000, 'deliveries')]).catch((error: Error) =>
      options.log(error.message),
    );
    const cpuAfter = cpuMsOf(probe.pid);
    const statementsAfter = await probe.statements();

    const latencies: number[] = [];
    let missed = 0;
    let duplicated = 0;
    for (const title of titles) {
      const times = received.get(title) ?? [];
      missed += Math.max(0, subscribers - times.length);
      duplicated += Math.max(0, times.length - subscribers);
      const answered = answeredAt.get(title) ?? start;
      for (const t of times) latencies.push(Math.max(0, t - answered));
    }
    const delivered = Math.max(1, deliveries);
    return {
      subscribers,
      events,
      deliveries,
      missed,
      duplicated,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      deliveriesPerSecond: deliveries / ((lastDelivery - start) / 1000),
      // Less the mutations' own work, as measured by the write target.
      serverCpuMsPerDelivery: Math.max(0, cpuAfter - cpuBefore - events * options.mutation.cpuMs) / delivered,
      statementsPerDelivery:
        Math.max(0, statementsAfter - statementsBefore - events * options.mutation.statements) / delivered,
      serverMemoryKiBPerConnection: (rssAfter - rssBefore) / 1024 / subscribers,
    };
  }
}

async function createTask(url: string, token: string, organizationId: string, title: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: CREATE,
      variables: {
        input: {
          title,
          dueOn: '2027-06-30',
          lead: { organizationId: toGlobalId('Organization', organizationId) },
        },
      },
    }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`createTask: ${body.errors[0].message}`);
}

const timeout = (ms: number, what: string) =>
  new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms).unref(),
  );
