import type { Context } from '../../core/context.js';
import type { Plain } from '../../core/read/rows.js';
import type { Notification } from './notification.entity.js';
import {
  decodeCursor,
  encodeCursor,
  latestCursor,
  notificationsAfter,
  type InboxCursor,
} from './notification.repository.js';

/** Most notifications handed out by one catch-up read. */
const BATCH = 100;

/**
 * The viewer's inbox as a stream: first everything after `after` (catch-up;
 * without `after` it starts from the newest notification, i.e. from now),
 * then each new notification as it commits, in commit (`seq`) order, each with
 * its cursor — so a client that reconnects with its last cursor ends with
 * nothing missing and nothing twice. Listens before catching up, so nothing
 * committed in between is lost. A malformed `after` throws BAD_USER_INPUT at once.
 *
 * NOTIFICATION_ADDED events only wake the stream up: they are taken as they
 * come (nothing queues while the stream reads the database) and the stream
 * then reads everything new. Ending the stream (`return`, when the client
 * unsubscribes or disconnects) takes effect at once, even while it waits.
 */
export function inboxStream(
  ctx: Context,
  personId: string,
  after: string | null,
): AsyncIterableIterator<Plain<Notification>> {
  let cursor: InboxCursor | null = after ? decodeCursor(after) : null;
  let events: ReturnType<Context['pubsub']['subscribe']> | null = null;
  /** `stopped`: the stream was ended; `news`: a notification for the person may have committed. */
  const state = { stopped: false, news: false };
  let wake: (() => void) | null = null;

  const stop = () => {
    state.stopped = true;
    wake?.();
    void events?.return?.();
  };
  /** Resolves on news for the person or on stop. */
  const waitForNews = () =>
    new Promise<void>((resolve) => {
      if (state.news || state.stopped) return resolve();
      wake = resolve;
    }).finally(() => {
      wake = null;
    });

  async function* run(): AsyncGenerator<Plain<Notification>> {
    const subscription = ctx.pubsub.subscribe('NOTIFICATION_ADDED');
    events = subscription;
    void (async () => {
      for await (const event of subscription) {
        if (event.personIds.includes(personId)) {
          state.news = true;
          wake?.();
        }
      }
    })();
    // Without a cursor the stream starts from now: the inbox so far is read with `notifications`.
    if (!after) cursor = await latestCursor(ctx.em.fork(), personId);
    try {
      while (!state.stopped) {
        state.news = false;
        let batch: Plain<Notification>[];
        do {
          batch = await notificationsAfter(ctx.em.fork(), personId, cursor, BATCH);
          for (const notification of batch) {
            cursor = notification.seq;
            yield notification;
          }
        } while (batch.length === BATCH && !state.stopped);
        if (state.stopped) return;
        await waitForNews();
      }
    } finally {
      stop();
    }
  }

  const generator = run();
  return {
    next: () => generator.next(),
    return: (value?: unknown) => {
      stop();
      return generator.return(value as undefined);
    },
    throw: (error?: unknown) => {
      stop();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export { encodeCursor };
