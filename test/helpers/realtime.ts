import { once, type EventEmitter } from 'node:events';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import { WebSocket } from 'ws';
import { Role } from '../../server/core/access.js';

/** The Redis the multi-instance tests fan out through. */
export const REDIS_URL = 'redis://127.0.0.1:6379';

/** What a live subscription has received so far. */
export interface Live<T> {
  received: T[];
  errors: unknown[];
  completed: boolean;
  /** Ends the subscription (the client sends `complete`). */
  stop: () => void;
}

/** The type of a subscription result's one root field. */
type RootField<T> = T extends Record<string, infer F> ? F : never;

/** A graphql-ws client that never retries, remembering how its socket closed. */
export interface TestClient {
  client: Client;
  /** Close codes of the client's sockets, in order. */
  closes: number[];
  dispose: () => Promise<void>;
}

/** Connects a graphql-ws client to `wsUrl` with `token` (none: the server refuses it, 4401). */
export function connectClient(
  wsUrl: string,
  token: string | null,
  options: { connectionParams?: Record<string, unknown>; lazy?: boolean } = {},
): TestClient {
  const closes: number[] = [];
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: options.connectionParams ?? (token ? { authorization: `Bearer ${token}` } : {}),
    retryAttempts: 0,
    lazy: options.lazy ?? true,
    on: { closed: (event) => closes.push((event as { code: number }).code) },
  });
  return { client, closes, dispose: () => client.dispose() as Promise<void> };
}

/**
 * Subscribes with `client` and collects the payloads of the subscription's
 * root field. With `ready`, resolves once the server says the subscription is
 * live (`ts.events`' `subscribed`); otherwise at once.
 */
export async function subscribe<T, V>(
  client: Client,
  document: TypedDocumentNode<T, V> | DocumentNode,
  variables: V,
  ready?: EventEmitter,
): Promise<Live<RootField<T>>> {
  type F = RootField<T>;
  const live: Live<F> = { received: [], errors: [], completed: false, stop: () => {} };
  const subscribed = ready ? once(ready, 'subscribed') : null;
  live.stop = client.subscribe(
    { query: print(document as DocumentNode), variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        if (value.errors) live.errors.push(value.errors);
        const data = value.data as Record<string, F> | null | undefined;
        if (data) live.received.push(Object.values(data)[0]);
      },
      error: (error) => live.errors.push(error),
      complete: () => {
        live.completed = true;
      },
    },
  );
  await subscribed;
  return live;
}

/** A raw graphql-transport-ws socket, for what the client library would not send or show. */
export interface RawSocket {
  socket: WebSocket;
  /** Every message the server sent, parsed. */
  messages: { type: string; payload?: unknown }[];
  /** Resolves with the close code once the socket closed. */
  closed: Promise<number>;
  send: (message: unknown) => void;
  /** Sends `connection_init` with `payload`; resolves with `ack`, or the close code if refused. */
  init: (payload: Record<string, unknown>) => Promise<'ack' | number>;
}

/** Opens a raw graphql-transport-ws socket (`autoPong: false`: it answers no ping by itself). */
export async function openRawSocket(wsUrl: string, options: { autoPong?: boolean } = {}): Promise<RawSocket> {
  const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { autoPong: options.autoPong ?? true });
  const messages: RawSocket['messages'] = [];
  const acked = new Promise<'ack'>((resolve) =>
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      messages.push(message);
      if (message.type === 'connection_ack') resolve('ack');
    }),
  );
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await once(socket, 'open');
  const send = (message: unknown) => socket.send(JSON.stringify(message));
  const init = (payload: Record<string, unknown>) => {
    send({ type: 'connection_init', payload });
    return Promise.race([acked, closed]);
  };
  return { socket, messages, closed, send, init };
}

/** Number of Redis connections subscribed to `channel` (PUBSUB NUMSUB). */
export async function redisSubscribers(channel: string, url = REDIS_URL): Promise<number> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const reply = (await redis.pubsub('NUMSUB', channel)) as [string, number];
    return Number(reply[1]);
  } finally {
    redis.disconnect();
  }
}

export { Role };
export { grantRole } from './factories.js';
