import { type ExecutionArgs, GraphQLError, getOperationAST } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { PubSub } from '../core/pubsub.js';

/** Most live subscriptions one WebSocket connection may hold at once. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 25;

/**
 * Every close code the WebSocket endpoint (`/graphql`) sends, in one place (README
 * "Endpoints"). The 44xx codes are graphql-ws's `CloseCode`s; graphql-ws clients retry
 * after 4403 and 4408 but not after 4401 or 4400. A client that stops answering the
 * keep-alive pings is dropped without a close frame (it sees 1006).
 */
export const WS_CLOSE = {
  /** `connection_init` carried no token (graphql-ws: Unauthorized; nothing to retry with). */
  NO_TOKEN: CloseCode.Unauthorized,
  /**
   * The token does not check out: malformed, expired, of an unknown or revoked session,
   * of a disabled user, or a revoked API token (graphql-ws: Forbidden; retry with a fresh one).
   */
  BAD_TOKEN: CloseCode.Forbidden,
  /**
   * The viewer could not be loaded at `connection_init` (database overloaded or down):
   * the standard "Try Again Later", which graphql-ws clients retry.
   */
  TRY_AGAIN_LATER: 1013,
  /** The connection's sign-in session ended (sign-out, password change): Unauthorized. */
  SESSION_ENDED: CloseCode.Unauthorized,
  /** A `subscribe` before the connection was acknowledged (sent by graphql-ws). */
  NOT_ACKNOWLEDGED: CloseCode.Unauthorized,
  /** No `connection_init` within `WS_CONNECTION_INIT_TIMEOUT_MS` (sent by graphql-ws). */
  INIT_TIMEOUT: CloseCode.ConnectionInitialisationTimeout,
  /** A message that is not graphql-ws protocol (sent by graphql-ws). */
  BAD_REQUEST: CloseCode.BadRequest,
  /** A `subscribe` reusing the id of a running operation (sent by graphql-ws). */
  DUPLICATE_ID: CloseCode.SubscriberAlreadyExists,
  /** A message larger than `MAX_WS_MESSAGE_BYTES` (sent by ws). */
  MESSAGE_TOO_BIG: 1009,
  /** The server is shutting down (sent by graphql-ws's dispose on SIGTERM). */
  GOING_AWAY: 1001,
} as const;

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

/** Why a connection is refused at `connection_init`, as its close reason. */
const REFUSALS = {
  [WS_CLOSE.NO_TOKEN]: 'Unauthorized',
  [WS_CLOSE.BAD_TOKEN]: 'Forbidden',
  [WS_CLOSE.TRY_AGAIN_LATER]: 'Try again later',
} as const;

/**
 * Refuses a connection at `connection_init`: closes the socket with `code` (one of
 * `WS_CLOSE`) and returns `false`, which tells graphql-ws not to acknowledge it (its
 * own 4403 close that follows is a no-op on a closing socket).
 */
export function refuseConnection(socket: WebSocket, code: keyof typeof REFUSALS): false {
  socket.close(code, REFUSALS[code]);
  return false;
}

/**
 * Keeps the open sockets of each sign-in session and closes them (`WS_CLOSE.SESSION_ENDED`) when
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
          socket.close(WS_CLOSE.SESSION_ENDED, 'Session ended');
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
