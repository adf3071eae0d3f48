import type { Events, PubSub } from './pubsub.js';

/**
 * Whether one event reaches one subscriber: a boolean when it can be told at once (in
 * memory), a promise when the subscriber's access must be loaded first.
 */
export type Acceptance = boolean | Promise<boolean>;

/** Undelivered events one subscriber may hold; beyond them it misses events (a socket that does not drain). */
export const MAX_PENDING_EVENTS = 1_024;

/** An event waiting in a subscriber's queue, with the check it still needs when it was not told at once. */
interface Pending<T> {
  payload: T;
  check?: Promise<boolean>;
}

/** One subscriber of a topic: its check and its queue. */
interface Subscriber<T> {
  accepts(payload: T): Acceptance;
  offer(entry: Pending<T>): void;
  /** The bus subscription ended (the bus closed): the subscriber's stream completes. */
  close(): void;
}

/** The subscribers of one topic on one bus, fed by a single subscription to the bus. */
interface Topic<T> {
  subscribers: Set<Subscriber<T>>;
  stop(): void;
}

const topicsByBus = new WeakMap<PubSub, Map<string, Topic<unknown>>>();

/** Events of one topic missed by a subscriber that did not keep up (its queue full); for tests and metrics. */
export const missedEvents = { count: 0 };

/**
 * Hands one accepted event to a subscriber in push mode (`pushEvents`): nothing when it is
 * delivered at once, a promise when it must wait (its result is being computed); the next
 * event waits for it, so a subscriber's events keep their order.
 */
export type EventSink<T> = (payload: T) => void | Promise<void>;

/** The key of a topic stream's switch to push mode (see `pushEvents`). */
const PUSH = Symbol('push');

/** A stream of `topicEvents` that can be switched to push mode. */
type PushableStream<T> = AsyncGenerator<T> & { [PUSH]?: (sink: EventSink<T>) => void };

/**
 * Switches a stream of `topicEvents` to push mode: from now on each event it accepts is handed
 * to `sink` in the dispatch loop itself, with no promise, queue or iterator step per subscriber
 * (events whose check or delivery must wait are chained, in order). The stream then yields
 * nothing: its `next` ends when the subscriber leaves, and throws when a check or the sink fails.
 * False (nothing switched) for any other iterable.
 */
export function pushEvents<T>(stream: AsyncIterable<T>, sink: EventSink<T>): boolean {
  const push = (stream as PushableStream<T>)[PUSH];
  if (!push) return false;
  push(sink);
  return true;
}

/**
 * Hands each event of `topic` to every subscriber, in one synchronous loop: one bus
 * subscription per topic and process, not one per subscriber (docs/decisions/017).
 */
function dispatch<T>(topic: Topic<T>, payload: T): void {
  for (const subscriber of topic.subscribers) {
    let verdict: Acceptance;
    try {
      verdict = subscriber.accepts(payload);
    } catch (error) {
      verdict = Promise.reject(error);
    }
    if (verdict === false) continue;
    subscriber.offer(verdict === true ? { payload } : { payload, check: verdict });
  }
}

/** The topic's entry on `bus`, subscribing to the bus when it is the first subscriber. */
function topicOf<T>(bus: PubSub, name: string): Topic<T> {
  let topics = topicsByBus.get(bus);
  if (!topics) topicsByBus.set(bus, (topics = new Map()));
  const known = topics.get(name);
  if (known) return known as Topic<T>;
  const source = (bus.subscribe as (topic: string) => AsyncIterableIterator<T>)(name);
  const topic: Topic<T> = {
    subscribers: new Set(),
    stop: () => {
      if (topics.get(name) === (topic as Topic<unknown>)) topics.delete(name);
      source.return?.()?.catch(() => {});
    },
  };
  topics.set(name, topic as Topic<unknown>);
  const pump = async () => {
    for (;;) {
      const item = await source.next();
      if (item.done) break;
      dispatch(topic, item.value);
    }
    topic.stop();
    for (const subscriber of topic.subscribers) subscriber.close();
  };
  // A bus that fails ends the topic: each subscriber's stream ends with the error (graphql-ws
  // sends it), never an unhandled rejection; the next subscriber subscribes to the bus again.
  pump().catch((error: unknown) => {
    topic.stop();
    const failed = Promise.reject(error);
    failed.catch(() => {});
    for (const subscriber of topic.subscribers) subscriber.offer({ payload: undefined as T, check: failed });
  });
  return topic;
}

/**
 * The events of `topic` that `accepts` lets through, as an async iterator for one subscriber.
 * Every subscriber of a topic shares one bus subscription: an event is checked against each
 * subscriber in one loop (in memory when `accepts` answers a boolean) and queued only for those
 * it reaches, so a subscriber it does not reach costs no promise and no wake-up. Events keep
 * their order per subscriber; `return` removes the subscriber at once.
 */
export function topicEvents<K extends keyof Events>(
  bus: PubSub,
  name: K,
  accepts: (payload: Events[K][0]) => Acceptance,
): AsyncGenerator<Events[K][0]> {
  type T = Events[K][0];
  const topic = topicOf<T>(bus, name);
  const queue: Pending<T>[] = [];
  let waiting: ((entry: Pending<T> | null) => void) | null = null;
  let ended = false;
  let pushing: Pushing<T> | null = null;
  let failure: { error: unknown } | null = null;
  const subscriber: Subscriber<T> = {
    accepts,
    offer(entry) {
      // Handled here too: a check that fails while queued (or after the subscriber left) is not an
      // unhandled rejection; awaiting it in `next` still throws to the subscriber.
      entry.check?.catch(() => {});
      if (pushing) pushing.offer(entry);
      else if (waiting) {
        const wake = waiting;
        waiting = null;
        wake(entry);
      } else if (queue.length < MAX_PENDING_EVENTS) queue.push(entry);
      else missedEvents.count++;
    },
    close: () => end(),
  };
  topic.subscribers.add(subscriber);
  const end = () => {
    if (ended) return;
    ended = true;
    queue.length = 0;
    topic.subscribers.delete(subscriber);
    if (topic.subscribers.size === 0) topic.stop();
    const wake = waiting;
    waiting = null;
    wake?.(null);
  };
  const done: IteratorResult<T> = { done: true, value: undefined };
  /** The end of the stream: done, or the failure of push mode. */
  const finished = () => {
    if (failure) throw failure.error;
    return done;
  };
  /** The next event that passes its check (those that needed one are awaited in order). */
  const next = async (): Promise<IteratorResult<T>> => {
    for (;;) {
      if (ended) return finished();
      const entry = queue.shift() ?? (await new Promise<Pending<T> | null>((wake) => (waiting = wake)));
      if (!entry) return finished();
      if (!entry.check || (await entry.check)) return { done: false, value: entry.payload };
    }
  };
  const iterator: PushableStream<T> = {
    [PUSH]: (sink) => {
      if (pushing || ended) return;
      // The stream's `next` (pending or to come) throws the failure to the subscriber (graphql-ws sends it).
      pushing = pushed(sink, (error) => {
        failure = { error };
        end();
      });
      for (const entry of queue.splice(0)) pushing.offer(entry);
    },
    next: () => {
      // The common case without an extra promise: an event already queued needing no check.
      const head = queue[0];
      if (!ended && !pushing && head && !head.check) {
        queue.shift();
        return Promise.resolve({ done: false, value: head.payload });
      }
      return next().catch((error: unknown) => {
        end();
        throw error;
      });
    },
    return: async () => {
      end();
      return done;
    },
    throw: async (error: unknown) => {
      end();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
    [Symbol.asyncDispose]: async () => {
      end();
    },
  };
  return iterator;
}

/** A subscriber in push mode: hands accepted events to its sink, in order. */
interface Pushing<T> {
  offer(entry: Pending<T>): void;
}

/**
 * Push mode's delivery: an event that needs no check is handed to `sink` at once unless an
 * earlier one is still on its way; the others are chained behind it. A failing check or sink
 * calls `fail` once and drops what follows.
 */
function pushed<T>(sink: EventSink<T>, fail: (error: unknown) => void): Pushing<T> {
  let tail: Promise<void> | null = null;
  let failed = false;
  const onError = (error: unknown) => {
    if (failed) return;
    failed = true;
    fail(error);
  };
  const settle = (promise: Promise<void>) => {
    const current: Promise<void> = promise.then(
      () => {
        if (tail === current) tail = null;
      },
      (error: unknown) => {
        if (tail === current) tail = null;
        onError(error);
      },
    );
    tail = current;
  };
  const hand = (payload: T) => {
    let delivered: void | Promise<void>;
    try {
      delivered = sink(payload);
    } catch (error) {
      onError(error);
      return;
    }
    if (delivered) settle(delivered);
  };
  return {
    offer(entry) {
      if (failed) return;
      if (!entry.check && !tail) return hand(entry.payload);
      const check = entry.check ?? true;
      settle(
        (tail ?? Promise.resolve()).then(async () => {
          if (!failed && (await check)) await sink(entry.payload);
        }),
      );
    },
  };
}
