/*
 * Fan-out through the public API: `subscribers` graphql-ws connections each
 * subscribe to `taskAssigned` of the viewer's organization; creating a task
 * it leads (over HTTP) publishes one event to all of them. Measures each
 * delivery's latency from the moment the mutation's answer arrived (the
 * commit is before it), the server's CPU and memory per connection, the SQL
 * statements per delivery, and missed or duplicated deliveries. The same
 * measurement runs against a bare graphql-ws server (baseline-server.ts) for
 * the baseline.
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
  system: 'product' | 'baseline';
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

/** What is subscribed to, and how an event is published. */
export interface FanoutSource {
  system: FanoutResult['system'];
  wsUrl: string;
  connectionParams: Record<string, unknown>;
  subscription: { query: string; variables: Record<string, unknown> };
  /** The event's title in a delivery's data. */
  titleOf(data: unknown): string | undefined;
  publish(title: string): Promise<void>;
  probe: Probe;
  /** CPU and statements of one publication alone, subtracted per event. */
  mutation: { cpuMs: number; statements: number };
}

/** The product: `taskAssigned` of `organizationId`, published by creating a task it leads. */
export function productSource(options: {
  url: string;
  token: string;
  organizationId: string;
  probe: Probe;
  /** CPU and statements of one `createTask` alone (from the write target). */
  mutation: { cpuMs: number; statements: number };
}): FanoutSource {
  return {
    system: 'product',
    wsUrl: options.url.replace(/^http/, 'ws'),
    connectionParams: { authorization: `Bearer ${options.token}` },
    subscription: {
      query: SUBSCRIPTION,
      variables: { id: toGlobalId('Organization', options.organizationId) },
    },
    titleOf: (data) => (data as { taskAssigned?: { task: { title: string } } })?.taskAssigned?.task.title,
    publish: (title) => createTask(options.url, options.token, options.organizationId, title),
    probe: options.probe,
    mutation: options.mutation,
  };
}

/** The bare graphql-ws server: `event { title }`, published by `POST /publish`. */
export function baselineSource(options: { port: string; probe: Probe; publishCpuMs: number }): FanoutSource {
  return {
    system: 'baseline',
    wsUrl: `ws://127.0.0.1:${options.port}/graphql`,
    connectionParams: {},
    subscription: { query: 'subscription { event { title } }', variables: {} },
    titleOf: (data) => (data as { event?: { title: string } })?.event?.title,
    publish: async (title) => {
      const response = await fetch(`http://127.0.0.1:${options.port}/publish`, {
        method: 'POST',
        body: title,
      });
      if (!response.ok) throw new Error(`publish: ${response.status}`);
    },
    probe: options.probe,
    mutation: { cpuMs: options.publishCpuMs, statements: 0 },
  };
}

/** Opens `count` connections, each subscribed; resolves once every one is acknowledged and subscribed. */
async function subscribeAll(
  source: FanoutSource,
  count: number,
  onEvent: (title: string, at: number) => void,
  seen: Set<number>,
  closes: Map<string, number>,
): Promise<Client[]> {
  const clients: Client[] = [];
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, async (_, j) => {
      const index = i + j;
      const client = createClient({
        url: source.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: source.connectionParams,
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
      // Closes after the handshake, by close code (a server dropping subscribers shows here).
      client.on('closed', (event) => {
        const code = String((event as { code?: number }).code);
        closes.set(code, (closes.get(code) ?? 0) + 1);
      });
      client.subscribe(source.subscription, {
        next: (value) => {
          const title = source.titleOf(value.data);
          if (title?.startsWith('control ')) seen.add(index);
          if (title) onEvent(title, performance.now());
        },
        // A connection closed at the end of the run (or by the server) ends its subscription.
        error: () => {},
        complete: () => {},
      });
    });
    await Promise.all(batch);
  }
  return clients;
}

/**
 * Runs one scenario: `events` events published one after another (a burst when
 * more than one, 10 at a time), delivered to `subscribers` connections.
 */
export async function fanout(
  source: FanoutSource,
  subscribers: number,
  events: number,
  log: (line: string) => void,
): Promise<FanoutResult> {
  const { probe } = source;
  const received = new Map<string, number[]>();
  const answeredAt = new Map<string, number>();
  let deliveries = 0;
  let lastDelivery = 0;
  let allArrived: (() => void) | null = null;
  const expected = subscribers * events;
  /** Connections a control event has reached. */
  const seen = new Set<number>();
  let lastArrival = performance.now();
  const onEvent = (title: string, at: number) => {
    lastArrival = at;
    if (title.startsWith('control ')) return;
    const times = received.get(title) ?? [];
    times.push(at);
    received.set(title, times);
    deliveries++;
    lastDelivery = at;
    if (deliveries >= expected) allArrived?.();
  };
  const rssBefore = rssOf(probe.pid);
  const closes = new Map<string, number>();
  const clients = await subscribeAll(source, subscribers, onEvent, seen, closes);
  try {
    return await measureDeliveries();
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
  }

  async function measureDeliveries(): Promise<FanoutResult> {
    // graphql-ws does not acknowledge a subscription: the subscriptions are live once a
    // control event has reached every connection. A control event is sent, its deliveries
    // awaited until they stop (2 s without one), and another sent until every connection has one.
    for (let attempt = 0; seen.size < subscribers; attempt++) {
      if (attempt === 20)
        throw new Error(
          `control events reached ${seen.size} of ${subscribers} connections (closed by code: ${JSON.stringify(Object.fromEntries(closes))})`,
        );
      const sent = performance.now();
      await source.publish(`control ${Date.now()} ${attempt}`);
      await quiet(
        () => seen.size >= subscribers,
        () => Math.max(sent, lastArrival),
        QUIET_MS,
      );
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
          await source.publish(title);
          answeredAt.set(title, performance.now());
        }),
      );
    }
    // Every delivery arrived, or none has for a while: what has not arrived by then is missed.
    await Promise.race([
      done,
      quiet(
        () => false,
        () => lastArrival,
        GIVE_UP_MS,
      ),
    ]);
    if (deliveries < expected)
      log(`${expected - deliveries} deliveries missing after ${GIVE_UP_MS} ms without one`);
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
      system: source.system,
      subscribers,
      events,
      deliveries,
      missed,
      duplicated,
      p50Ms: quantile(latencies, 0.5),
      p99Ms: quantile(latencies, 0.99),
      deliveriesPerSecond: deliveries / ((lastDelivery - start) / 1000),
      // Less the publications' own work.
      serverCpuMsPerDelivery: Math.max(0, cpuAfter - cpuBefore - events * source.mutation.cpuMs) / delivered,
      statementsPerDelivery:
        Math.max(0, statementsAfter - statementsBefore - events * source.mutation.statements) / delivered,
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

/** Waits until `done()`, or until `ms` have passed since `since()` (checked every 50 ms). */
async function quiet(done: () => boolean, since: () => number, ms: number): Promise<void> {
  while (!done() && performance.now() - since() < ms) await new Promise((r) => setTimeout(r, 50));
}
const QUIET_MS = 2_000;
const GIVE_UP_MS = 15_000;
