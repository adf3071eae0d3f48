/*
 * A worker thread of the fan-out benchmark's client: opens its share of the
 * subscribed graphql-ws connections (the graphql-transport-ws protocol over
 * `ws`, kept minimal so that the client's own receiving rate does not bound
 * what is measured of the server) and records when each delivery arrived, by
 * the event's title. Driven by `fanout.ts` through `ReceiverRequest`s, each
 * answered in order.
 */
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { WebSocket } from 'ws';

/** What a receiver opens: `count` connections, each subscribed once. */
export interface ReceiverSetup {
  url: string;
  connectionParams: Record<string, unknown>;
  subscription: { query: string; variables: Record<string, unknown> };
  /** Where the event's title is in a delivery's `data` (`['event', 'title']`). */
  titlePath: string[];
  count: number;
}

/** A request to a receiver, answered by one message. */
export type ReceiverRequest =
  | { type: 'open'; setup: ReceiverSetup }
  | { type: 'status' }
  | { type: 'reset' }
  | { type: 'collect' }
  | { type: 'close' };

/** What a receiver has seen so far. */
export interface ReceiverStatus {
  /** Connections a control event (title `control …`) has reached. */
  seen: number;
  /** Measured deliveries (other titles) since the last reset. */
  deliveries: number;
  /** When the last delivery of any title arrived (ms since the epoch, fractional). */
  lastArrival: number;
  /** Closes after the handshake, by close code. */
  closes: Record<string, number>;
}

/** Milliseconds since the epoch, comparable across threads. */
export const now = () => performance.timeOrigin + performance.now();

const sockets: WebSocket[] = [];
const seen = new Set<number>();
const closes: Record<string, number> = {};
let received = new Map<string, number[]>();
let deliveries = 0;
let lastArrival = now();

function titleOf(data: unknown, path: string[]): string | undefined {
  let value = data;
  for (const key of path) value = (value as Record<string, unknown> | null | undefined)?.[key];
  return typeof value === 'string' ? value : undefined;
}

function onDelivery(index: number, title: string, at: number): void {
  lastArrival = at;
  if (title.startsWith('control ')) {
    seen.add(index);
    return;
  }
  let times = received.get(title);
  if (!times) received.set(title, (times = []));
  times.push(at);
  deliveries++;
}

/** Opens one connection, subscribes once it is acknowledged; resolves then. */
function connect(setup: ReceiverSetup, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(setup.url, 'graphql-transport-ws');
    sockets.push(socket);
    let acknowledged = false;
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: setup.connectionParams })),
    );
    socket.on('message', (data) => {
      const at = now();
      const message = JSON.parse(String(data)) as { type: string; payload?: { data?: unknown } };
      if (message.type === 'next') {
        const title = titleOf(message.payload?.data, setup.titlePath);
        if (title) onDelivery(index, title, at);
      } else if (message.type === 'ping') socket.send('{"type":"pong"}');
      else if (message.type === 'connection_ack') {
        acknowledged = true;
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: setup.subscription }));
        resolve();
      }
    });
    socket.on('error', () => {});
    socket.on('close', (code) => {
      if (!acknowledged) reject(new Error(`closed ${code}`));
      else closes[code] = (closes[code] ?? 0) + 1;
    });
  });
}

async function open(setup: ReceiverSetup): Promise<void> {
  for (let i = 0; i < setup.count; i += 100)
    await Promise.all(
      Array.from({ length: Math.min(100, setup.count - i) }, (_, j) => connect(setup, i + j)),
    );
}

async function answer(request: ReceiverRequest): Promise<unknown> {
  switch (request.type) {
    case 'open':
      try {
        await open(request.setup);
        return { ok: true };
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    case 'status':
      return { seen: seen.size, deliveries, lastArrival, closes } satisfies ReceiverStatus;
    case 'reset':
      received = new Map();
      deliveries = 0;
      return {};
    case 'collect':
      return [...received];
    case 'close':
      for (const socket of sockets) socket.close();
      return {};
  }
}

// Requests are answered one after another, in the order they came.
let chain = Promise.resolve();
parentPort?.on('message', (request: ReceiverRequest) => {
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a worker thread's port, not a window
  chain = chain.then(async () => parentPort?.postMessage(await answer(request)));
});
