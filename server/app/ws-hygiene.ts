import { type ExecutionArgs, GraphQLError, getOperationAST } from 'graphql';
import type { WebSocket, WebSocketServer } from 'ws';
import type { PubSub } from '../core/pubsub.js';

/** Most live subscriptions one WebSocket connection may hold at once. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 25;
/** Interval of WebSocket pings; a client that misses one interval's pong is dropped. */
export const KEEPALIVE_INTERVAL_MS = 15_000;

/** Per-connection bookkeeping kept in graphql-ws's `extra`. */
export type ConnectionState = {
  active?: Set<string>;
};

/**
 * Admits subscription `id` on a connection unless it already holds the
 * maximum; returns the error to send otherwise (the connection stays open).
 * Queries and mutations sent over the socket (`args` of another operation
 * type) are not subscriptions: always admitted, never counted.
 */
export function admitSubscription(
  state: ConnectionState,
  id: string,
  args?: Pick<ExecutionArgs, 'document' | 'operationName'>,
): readonly GraphQLError[] | null {
  if (args && getOperationAST(args.document, args.operationName)?.operation !== 'subscription') return null;
  state.active ??= new Set();
  if (state.active.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
    return [
      new GraphQLError(`at most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`, {
        extensions: { code: 'RATE_LIMITED' },
      }),
    ];
  }
  state.active.add(id);
  return null;
}

/** Forgets a finished subscription. */
export function releaseSubscription(state: ConnectionState, id: string): void {
  state.active?.delete(id);
}

/**
 * Pings every client each interval and terminates those that did not answer
 * the previous ping (dead networks otherwise keep sockets and subscriptions
 * open forever). Returns a stop function.
 */
export function startKeepAlive(server: WebSocketServer, intervalMs = KEEPALIVE_INTERVAL_MS): () => void {
  const alive = new WeakMap<WebSocket, boolean>();
  server.on('connection', (socket) => {
    alive.set(socket, true);
    socket.on('pong', () => alive.set(socket, true));
  });
  const timer = setInterval(() => {
    for (const socket of server.clients) {
      if (alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Close code for a connection whose sign-in session ended. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/**
 * Keeps the open sockets of each sign-in session and closes them (4401) when
 * SESSION_ENDED says the session ended — on any instance, through the bus.
 * Returns `register` (call on connect) and a stop function.
 */
export function closeEndedSessions(pubsub: PubSub) {
  const sockets = new Map<string, Set<WebSocket>>();
  const events = pubsub.subscribe('SESSION_ENDED');
  void (async () => {
    for await (const event of events) {
      for (const sessionId of event.sessionIds) {
        for (const socket of sockets.get(sessionId) ?? [])
          socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
        sockets.delete(sessionId);
      }
    }
  })();
  return {
    register(sessionId: string, socket: WebSocket) {
      const set = sockets.get(sessionId) ?? new Set();
      set.add(socket);
      sockets.set(sessionId, set);
      socket.once('close', () => set.delete(socket));
    },
    stop: () => void events.return?.(),
  };
}
