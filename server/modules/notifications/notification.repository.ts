import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../core/errors.js';
import { type ListQuery, newestFirst, rootListQuery } from '../../core/read/keyset.js';
import { readPlainPage } from '../../core/read/list-loader.js';
import type { Plain } from '../../core/read/rows.js';
import { Notification } from './notification.entity.js';

/**
 * A position in a person's inbox: the `seq` of a notification (commit order,
 * see `stampNotifications`), as a decimal string.
 */
export type InboxCursor = string;

/** Encodes a notification's inbox cursor (opaque to clients). */
export function encodeCursor(notification: { seq?: string | null }): string {
  return Buffer.from(String(notification.seq), 'utf8').toString('base64url');
}

/**
 * Decodes an inbox cursor; BAD_USER_INPUT when malformed (including cursors
 * handed out before commit-ordered numbers, which named a transaction id).
 */
export function decodeCursor(cursor: string, field = 'after'): InboxCursor {
  const seq = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{1,18}$/.test(seq)) throw badInput(field, `${field} is not a valid cursor`);
  return seq;
}

/**
 * The catch-up list of a person's inbox (alias `n`): the notifications after
 * `after` (from the start without it), oldest first, by `seq` (commit order;
 * the id makes the order total). Numbers are visible in commit order, so
 * whatever commits later gets a larger number than any already read: reading
 * again after the last one returns exactly what is new, without waiting for
 * anyone. Read from the primary (`primary`): a replica behind it would answer
 * "nothing new" to a stream woken by a commit it has not replayed yet.
 */
export function inboxAfterQuery(personId: string, after: InboxCursor | null): ListQuery {
  return {
    select: 'n.*',
    from: 'notification n',
    parent: null,
    where: ['n.recipient_id = ?', after === null ? 'n.seq is not null' : 'n.seq > ?::bigint'],
    params: after === null ? [personId] : [personId, after],
    keys: [
      { expr: 'n.seq', dir: 'asc', kind: 'bigint' },
      { expr: 'n.id', dir: 'asc', kind: 'uuid' },
    ],
    primary: true,
  };
}

/**
 * The first `limit` notifications of `inboxAfterQuery` as plain records: one
 * statement, on the one read path (no entities, no identity map).
 */
export async function notificationsAfter(
  em: EntityManager,
  personId: string,
  after: InboxCursor | null,
  limit: number,
): Promise<Plain<Notification>[]> {
  const page = await readPlainPage(em, Notification, inboxAfterQuery(personId, after), {
    first: limit,
    after: null,
    count: false,
  });
  return page.edges.map((edge) => edge.node);
}

/**
 * The `notifications` list of a person's inbox (alias `n`), newest first
 * (by `seq`, commit order; the id breaks no tie but makes the order total);
 * only the unread ones with `unreadOnly`. Numbered rows only: a row is
 * numbered before its transaction commits, so no other reader sees one without.
 */
export function inboxListQuery(personId: string, unreadOnly: boolean): ListQuery {
  const where = ['n.recipient_id = ?', 'n.seq is not null', ...(unreadOnly ? ['n.read_at is null'] : [])];
  return rootListQuery('notification', 'n', { where, params: [personId] }, newestFirst('n', 'seq', 'bigint'));
}

/** Unread count of a person's inbox. */
export async function unreadCount(em: EntityManager, personId: string): Promise<number> {
  return em.count(Notification, { recipient: personId, readAt: null });
}

/** The cursor of the person's newest notification (null for an empty inbox): "from now on". */
export async function latestCursor(em: EntityManager, personId: string): Promise<InboxCursor | null> {
  const [row] = await em.execute<{ seq: string | null }[]>(
    'select max(seq)::text as seq from notification where recipient_id = ?',
    [personId],
  );
  return row?.seq ?? null;
}
