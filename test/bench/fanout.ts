/*
 * Fan-out through the public API: `subscribers` graphql-ws connections (opened by
 * receiving worker threads, fanout-receiver.ts, so that the client does not bound the rate) each
 * subscribe to `taskAssigned` of the viewer's organization; creating a task
 * it leads (over HTTP) publishes one event to all of them. Measures each
 * delivery's latency from the moment the mutation's answer arrived (the
 * commit is before it), the server's CPU and memory per connection, the SQL
 * statements per delivery, and missed or duplicated deliveries. The same
 * measurement runs against a bare graphql-ws server (baseline-server.ts) for
 * the baseline.
 */
import { Worker } from 'node:worker_threads';
import { toGlobalId } from '../../server/core/ids.js';
import { now, type ReceiverRequest, type ReceiverStatus } from './fanout-receiver.js';
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
  /** The bench client's own CPU (its receiving threads included) per delivery: near 1 core busy means it bounds the rate. */
  clientCpuMsPerDelivery: number;
}

const SUBSCRIPTION = `subscription($id: ID!) { taskAssigned(organizationId: $id) { task { id title } } }`;
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }`;

/** What is subscribed to, and how an event is published. */
export interface FanoutSource {
  system: FanoutResult['system'];
  wsUrl: string;
  connectionParams: Record<string, unknown>;
  subscription: { query: string; variables: Record<string, unknown> };
  /** Where the event's title is in a delivery's data. */
  titlePath: string[];
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
    titlePath: ['taskAssigned', 'task', 'title'],
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
    titlePath: ['event', 'title'],
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

/** Worker threads that receive the deliveries (BENCH_FANOUT_WORKERS, default 2): the client is not the bottleneck. */
const WORKERS = Math.max(1, Number(process.env.BENCH_FANOUT_WORKERS ?? 2));

/** One receiving worker thread (fanout-receiver.ts), asked one request at a time. */
interface Receiver {
  ask<R>(request: ReceiverRequest): Promise<R>;
  stop(): Promise<void>;
}

function startReceiver(): Receiver {
  const worker = new Worker(new URL('./fanout-receiver.js', import.meta.url));
  const pending: ((answer: unknown) => void)[] = [];
  worker.on('message', (answer) => pending.shift()?.(answer));
  return {
    ask: <R>(request: ReceiverRequest) =>
      new Promise<R>((resolve) => {
        pending.push(resolve as (answer: unknown) => void);
        // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker thread, not a window
        worker.postMessage(request);
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** Opens `count` connections over the receivers, each subscribed; resolves once every one is acknowledged. */
async function subscribeAll(source: FanoutSource, count: number): Promise<Receiver[]> {
  const receivers = Array.from({ length: Math.min(WORKERS, count) }, startReceiver);
  const opened = await Promise.all(
    receivers.map((receiver, i) => {
      const share = Math.floor(count / receivers.length) + (i < count % receivers.length ? 1 : 0);
      const setup = {
        url: source.wsUrl,
        connectionParams: source.connectionParams,
        subscription: source.subscription,
        titlePath: source.titlePath,
        count: share,
      };
      return receiver.ask<{ ok: boolean; error?: string }>({ type: 'open', setup });
    }),
  );
  const failed = opened.find((o) => !o.ok);
  if (failed) {
    await Promise.all(receivers.map((r) => r.stop()));
    throw new Error(failed.error);
  }
  return receivers;
}

/** What the receivers have seen, summed. */
async function statusOf(receivers: Receiver[]): Promise<ReceiverStatus> {
  const all = await Promise.all(receivers.map((r) => r.ask<ReceiverStatus>({ type: 'status' })));
  const closes: Record<string, number> = {};
  for (const s of all)
    for (const [code, n] of Object.entries(s.closes)) closes[code] = (closes[code] ?? 0) + n;
  return {
    seen: all.reduce((sum, s) => sum + s.seen, 0),
    deliveries: all.reduce((sum, s) => sum + s.deliveries, 0),
    lastArrival: Math.max(...all.map((s) => s.lastArrival)),
    closes,
  };
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
  const answeredAt = new Map<string, number>();
  const expected = subscribers * events;
  const rssBefore = rssOf(probe.pid);
  const receivers = await subscribeAll(source, subscribers);
  let status = await statusOf(receivers);
  const refresh = async () => {
    status = await statusOf(receivers);
  };
  try {
    return await measureDeliveries();
  } finally {
    await Promise.all(receivers.map((r) => r.ask({ type: 'close' })));
    await Promise.all(receivers.map((r) => r.stop()));
  }

  async function measureDeliveries(): Promise<FanoutResult> {
    // graphql-ws does not acknowledge a subscription: the subscriptions are live once a
    // control event has reached every connection. A control event is sent, its deliveries
    // awaited until they stop (2 s without one), and another sent until every connection has one.
    for (let attempt = 0; status.seen < subscribers; attempt++) {
      if (attempt === 20)
        throw new Error(
          `control events reached ${status.seen} of ${subscribers} connections (closed by code: ${JSON.stringify(status.closes)})`,
        );
      const sent = now();
      await source.publish(`control ${Date.now()} ${attempt}`);
      await quiet(
        refresh,
        () => status.seen >= subscribers,
        () => Math.max(sent, status.lastArrival),
        QUIET_MS,
      );
    }
    // Late control events still on their way are not counted below (only the measured titles are).
    const rssAfter = rssOf(probe.pid);
    await Promise.all(receivers.map((r) => r.ask({ type: 'reset' })));

    const statementsBefore = await probe.statements();
    const cpuBefore = cpuMsOf(probe.pid);
    const clientCpuBefore = process.cpuUsage();
    const start = now();
    const titles = Array.from({ length: events }, (_, i) => `fan-out ${Date.now()} ${i}`);
    // A burst: the mutations are sent back to back, 10 at a time.
    for (let i = 0; i < titles.length; i += 10) {
      await Promise.all(
        titles.slice(i, i + 10).map(async (title) => {
          await source.publish(title);
          answeredAt.set(title, now());
        }),
      );
    }
    // Every delivery arrived, or none has for a while: what has not arrived by then is missed.
    await quiet(
      refresh,
      () => status.deliveries >= expected,
      () => Math.max(start, status.lastArrival),
      GIVE_UP_MS,
    );
    if (status.deliveries < expected)
      log(`${expected - status.deliveries} deliveries missing after ${GIVE_UP_MS} ms without one`);
    const cpuAfter = cpuMsOf(probe.pid);
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const statementsAfter = await probe.statements();

    const received = new Map<string, number[]>();
    for (const receiver of receivers)
      for (const [title, times] of await receiver.ask<[string, number[]][]>({ type: 'collect' }))
        received.set(title, [...(received.get(title) ?? []), ...times]);
    const latencies: number[] = [];
    let missed = 0;
    let duplicated = 0;
    let deliveries = 0;
    let lastDelivery = start;
    for (const title of titles) {
      const times = received.get(title) ?? [];
      deliveries += times.length;
      missed += Math.max(0, subscribers - times.length);
      duplicated += Math.max(0, times.length - subscribers);
      const answered = answeredAt.get(title) ?? start;
      for (const t of times) {
        latencies.push(Math.max(0, t - answered));
        if (t > lastDelivery) lastDelivery = t;
      }
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
      clientCpuMsPerDelivery: (clientCpu.user + clientCpu.system) / 1000 / delivered,
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

/** Waits until `done()`, or until `ms` have passed since `since()` (`refresh`ed every 50 ms). */
async function quiet(
  refresh: () => Promise<void>,
  done: () => boolean,
  since: () => number,
  ms: number,
): Promise<void> {
  for (;;) {
    await refresh();
    if (done() || now() - since() >= ms) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}
const QUIET_MS = 2_000;
const GIVE_UP_MS = 15_000;
