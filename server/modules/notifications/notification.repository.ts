import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../core/errors.js';
import { Notification } from './notification.entity.js';

/** A position in a person's inbox: the (txid, id) of a notification. */
export interface InboxCursor {
  txid: string;
  id: string;
}

/** Encodes a notification's inbox cursor (opaque to clients). */
export function encodeCursor(notification: { txid?: string | null; id: string }): string {
  return Buffer.from(`${notification.txid}:${notification.id}`, 'utf8').toString('base64url');
}

/** Decodes an inbox cursor; BAD_USER_INPUT when malformed. */
export function decodeCursor(cursor: string, field = 'after'): InboxCursor {
  const [txid, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (!/^\d+$/.test(txid ?? '') || !/^[0-9a-f-]{36}$/i.test(id ?? ''))
    throw badInput(field, `${field} is not a valid cursor`);
  return { txid, id };
}

/**
 * The person's notifications after `after`, oldest first, that are safe to
 * hand out: written by transactions older than every transaction still
 * running, so one that commits later can never land before a cursor already given.
 */
export async function notificationsAfter(
  em: EntityManager,
  personId: string,
  after: InboxCursor | null,
  limit: number,
): Promise<Notification[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select id from notification
      where recipient_id = ?
        and (?::bigint is null or (txid, id) > (?::bigint, ?::uuid))
        and txid < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint
      order by txid, id limit ?`,
    [personId, after?.txid ?? null, after?.txid ?? null, after?.id ?? null, limit],
  );
  if (!rows.length) return [];
  const found = await em.find(Notification, { id: { $in: rows.map((r) => r.id) } });
  const byId = new Map(found.map((n) => [n.id, n]));
  return rows.map((r) => byId.get(r.id)).filter((n): n is Notification => !!n);
}

/**
 * True when the person has notifications after `after` that are committed
 * but not yet safe to hand out, because a transaction older than theirs is
 * still running (`notificationsAfter` leaves them out until it ends).
 */
export async function hasWithheldNotifications(
  em: EntityManager,
  personId: string,
  after: InboxCursor | null,
): Promise<boolean> {
  const [row] = await em.execute<{ withheld: boolean }[]>(
    `select exists (select 1 from notification
      where recipient_id = ?
        and (?::bigint is null or (txid, id) > (?::bigint, ?::uuid))
        and txid >= (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint) as withheld`,
    [personId, after?.txid ?? null, after?.txid ?? null, after?.id ?? null],
  );
  return !!row?.withheld;
}

/** Unread count of a person's inbox. */
export async function unreadCount(em: EntityManager, personId: string): Promise<number> {
  return em.count(Notification, { recipient: personId, readAt: null });
}

/** The cursor of the person's newest notification (null for an empty inbox): "from now on". */
export async function latestCursor(em: EntityManager, personId: string): Promise<InboxCursor | null> {
  const rows = await em.execute<{ txid: string; id: string }[]>(
    'select txid::text as txid, id from notification where recipient_id = ? order by txid desc, id desc limit 1',
    [personId],
  );
  return rows[0] ? { txid: rows[0].txid, id: rows[0].id } : null;
}
