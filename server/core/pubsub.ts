import { setMaxListeners } from 'node:events';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';
import { silentLogger, type Logger } from './logger.js';
import { metrics } from './metrics.js';

/**
 * Events published after commit, by topic: `[payload]`. Payloads carry IDs only, never record
 * contents. The platform's own topics are declared here; each module declares the topics it owns
 * — its typed domain events — by augmenting this interface in its `<module>.events.ts`
 * (`declare module '../../core/pubsub.js' { interface Events { … } }`), so adding a module
 * edits neither this file nor the modules that listen (docs/decisions/015).
 */
export interface Events {
  /** Sign-in sessions ended (sign-out, password change, stolen refresh token): their live connections close. */
  SESSION_ENDED: [{ sessionIds: string[] }];
  /** A user's roles changed: live subscriptions reload that user's access. */
  ACCESS_CHANGED: [{ userIds: string[]; apiTokenIds?: string[] }];
}

/** `Events` as the object type `createPubSub` expects (an interface has no index signature). */
type EventArgs = { [K in keyof Events]: Events[K] };

/** The pub/sub used by type-graphql subscriptions, plus how to close its connections. */
export type PubSub = ReturnType<typeof createPubSub<EventArgs>> & { close(): Promise<void> };

/** Options of `createEventBus`. */
export interface EventBusOptions {
  /**
   * Prefix of the Redis channels (`<prefix><topic>`), so that several
   * deployments — or test runs — can share one Redis without hearing each
   * other. Ignored without Redis.
   */
  channelPrefix?: string;
  /** Where Redis errors and missed events are reported (at most once a second each); silent by default. */
  logger?: Logger;
}

type Listener = (event: Event) => void;
/** The part of an EventTarget that `createPubSub` uses. */
type Target = Pick<EventTarget, 'addEventListener' | 'removeEventListener' | 'dispatchEvent'>;

/**
 * Wraps an event target so that one listener's failure never reaches the
 * publisher or the other listeners. A subscriber that does not keep up (its
 * Repeater holds 1,024 undelivered events) makes `push` throw: thrown from an
 * in-process EventTarget listener that is an uncaught exception, which ends
 * the process; thrown from the Redis message handler it skips the other
 * subscribers. Here that one subscriber misses the event (logged) instead.
 * (Every subscriber still misses events beyond 1,024 published in one
 * synchronous burst, before any of them can read: events are published per
 * transaction, and notifications are announced once per transaction.)
 * `prefix` is put before every topic (the Redis channel names).
 */
function guardedTarget(inner: Target, prefix: string, log: Logger): Target {
  const wrappers = new Map<unknown, Listener>();
  // Reported at most once a second, not once per event.
  let missed = 0;
  let lastMissReport = 0;
  const unwrap = (listener: unknown): Listener | null =>
    typeof listener === 'function'
      ? (listener as Listener)
      : listener && typeof listener === 'object' && 'handleEvent' in listener
        ? (event) => (listener as { handleEvent(event: Event): void }).handleEvent(event)
        : null;
  return {
    addEventListener(type, listener) {
      const callback = unwrap(listener);
      if (!callback || wrappers.has(listener)) return;
      const wrapper: Listener = (event) => {
        try {
          callback(event);
        } catch (error) {
          missed++;
          if (Date.now() - lastMissReport >= 1000) {
            log.warn({ missed, topic: type, err: error }, 'subscribers missed events');
            lastMissReport = Date.now();
            missed = 0;
          }
        }
      };
      wrappers.set(listener, wrapper);
      inner.addEventListener(prefix + type, wrapper);
    },
    removeEventListener(type, listener) {
      const wrapper = wrappers.get(listener);
      if (!wrapper) return;
      wrappers.delete(listener);
      inner.removeEventListener(prefix + type, wrapper);
    },
    dispatchEvent(event) {
      if (!prefix) return inner.dispatchEvent(event);
      const detail = (event as CustomEvent).detail;
      return inner.dispatchEvent(new CustomEvent(prefix + event.type, { detail }));
    },
  };
}

/**
 * Creates the event bus. Without `redisUrl` events stay in this process; with
 * it they fan out through Redis so a subscriber on another instance receives
 * them. Publishing never blocks or fails a mutation: while Redis is down a
 * publish is dropped (and logged) — the notification inbox, written in the
 * mutation's transaction, still has it — and ioredis reconnects by itself,
 * subscribing again to every channel this instance listens on (including
 * those whose SUBSCRIBE failed during the outage).
 */
export function createEventBus(redisUrl?: string, options: EventBusOptions = {}): PubSub {
  const log = options.logger ?? silentLogger;
  if (!redisUrl) {
    const local = new EventTarget();
    // One listener per live subscription: thousands are expected, not a leak.
    setMaxListeners(0, local);
    return counted(
      Object.assign(createPubSub<EventArgs>({ eventTarget: guardedTarget(local, '', log) }), {
        close: async () => {},
      }),
    );
  }
  const redisOptions = { maxRetriesPerRequest: 1, lazyConnect: false };
  const publisher = new Redis(redisUrl, { ...redisOptions, enableOfflineQueue: false });
  const subscriber = new Redis(redisUrl, redisOptions);
  let lastWarning = 0;
  /** At most one warning a second while Redis is down, not one per event. */
  const warn = (message: string) => {
    if (Date.now() - lastWarning < 1000) return;
    lastWarning = Date.now();
    log.warn(message);
  };
  // ioredis reconnects by itself; its connection errors are reported, never thrown.
  for (const client of [publisher, subscriber])
    client.on('error', (error: Error) => warn(`Redis connection error: ${error.message}`));
  // Channels some subscriber of this instance listens to. ioredis re-subscribes after a
  // reconnect only to channels whose SUBSCRIBE succeeded; a SUBSCRIBE sent during an outage
  // fails (and, uncaught, was an unhandled rejection that ends the process).
  const wanted = new Set<string>();
  subscriber.on('ready', () => {
    if (wanted.size)
      subscriber
        .subscribe(...wanted)
        .catch((error: unknown) => warn(`Redis subscribe failed: ${String(error)}`));
  });
  const eventTarget = createRedisEventTarget({
    publishClient: {
      publish: (channel: string, message: string) =>
        publisher.publish(channel, message).catch((error: unknown) => {
          warn(`event ${channel} not fanned out (Redis unavailable): ${String(error)}`);
          return 0;
        }),
    } as unknown as Redis,
    subscribeClient: {
      on: (event: string, listener: (...args: unknown[]) => void) => subscriber.on(event, listener),
      subscribe: (channel: string) => {
        wanted.add(channel);
        return subscriber
          .subscribe(channel)
          .catch((error: unknown) => warn(`Redis subscribe ${channel} failed: ${String(error)}`));
      },
      unsubscribe: (channel: string) => {
        wanted.delete(channel);
        return subscriber.unsubscribe(channel).catch(() => {});
      },
    } as unknown as Redis,
  });
  return counted(
    Object.assign(
      createPubSub<EventArgs>({ eventTarget: guardedTarget(eventTarget, options.channelPrefix ?? '', log) }),
      {
        close: async () => {
          publisher.disconnect();
          subscriber.disconnect();
        },
      },
    ),
  );
}

/**
 * Counts every publish by topic (`phoihop_events_published_total`) and stamps object payloads
 * with `publishedAt` (ms since the epoch; events are published right after their commit), so
 * subscribers on any instance can observe the delivery lag (`observeDeliveryLag`).
 */
function counted(pubsub: PubSub): PubSub {
  const publish = pubsub.publish.bind(pubsub);
  pubsub.publish = ((topic: keyof Events, payload: never, ...rest: never[]) => {
    metrics.eventsPublished.inc({ topic });
    const stamped =
      payload && typeof payload === 'object'
        ? ({ ...(payload as object), publishedAt: Date.now() } as never)
        : payload;
    return (publish as (topic: keyof Events, ...args: never[]) => void)(topic, stamped, ...rest);
  }) as PubSub['publish'];
  return pubsub;
}
