import type { Context } from '../../core/context.js';
import type { Notification } from './notification.entity.js';
import {
  decodeCursor,
  encodeCursor,
  notificationsAfter,
  type InboxCursor,
} from './notification.repository.js';

/** Most notifications handed out by one catch-up read. */
const BATCH = 100;
/** How often to look again when a newer notification waits for an older transaction to commit. */
const SETTLE_TRIES = 20;
const SETTLE_DELAY_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The viewer's inbox as a stream: first everything after `after` (catch-up),
 * then each new notification as it commits, in (txid, id) order, each with
 * its cursor — so a client that reconnects with its last cursor ends with
 * nothing missing and nothing twice. Listens before catching up, so nothing
 * committed in between is lost.
 */
export async function* inboxStream(
  ctx: Context,
  personId: string,
  after: string | null,
): AsyncGenerator<Notification> {
  const events = ctx.pubsub.subscribe('NOTIFICATION_ADDED');
  let cursor: InboxCursor | null = after ? decodeCursor(after) : null;
  async function* drain(expectMore: boolean): AsyncGenerator<Notification> {
    for (let tries = 0; tries < SETTLE_TRIES; tries++) {
      const batch = await notificationsAfter(ctx.em.fork(), personId, cursor, BATCH);
      for (const notification of batch) {
        cursor = { txid: String(notification.txid), id: notification.id };
        yield notification;
      }
      if (batch.length === BATCH) continue;
      if (batch.length || !expectMore) return;
      await sleep(SETTLE_DELAY_MS);
    }
  }
  try {
    yield* drain(false);
    for await (const event of events) {
      if (event.personIds.includes(personId)) yield* drain(true);
    }
  } finally {
    await events.return?.();
  }
}

export { encodeCursor };
