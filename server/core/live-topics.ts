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
  const subscriber: Subscriber<T> = {
    accepts,
    offer(entry) {
      // Handled here too: a check that fails while queued (or after the subscriber left) is not an
      // unhandled rejection; awaiting it in `next` still throws to the subscriber.
      entry.check?.catch(() => {});
      if (waiting) {
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
  /** The next event that passes its check (those that needed one are awaited in order). */
  const next = async (): Promise<IteratorResult<T>> => {
    for (;;) {
      if (ended) return done;
      const entry = queue.shift() ?? (await new Promise<Pending<T> | null>((wake) => (waiting = wake)));
      if (!entry) return done;
      if (!entry.check || (await entry.check)) return { done: false, value: entry.payload };
    }
  };
  const iterator: AsyncGenerator<T> = {
    next: () => {
      // The common case without an extra promise: an event already queued needing no check.
      const head = queue[0];
      if (!ended && head && !head.check) {
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
