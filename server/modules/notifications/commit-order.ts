import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Key of the transaction-scoped advisory lock under which notifications get
 * their sequence numbers. Advisory locks belong to one database: transactions
 * of other databases never wait on it.
 */
const SEQUENCE_LOCK = "hashtext('phoihop-notification-sequence')";

/** Transactions (by EntityManager) that wrote notifications not yet stamped. */
const unstamped = new WeakSet<EntityManager>();

/** Remembers that the transaction of `em` wrote notifications, to stamp before commit. */
export function markUnstamped(em: EntityManager): void {
  unstamped.add(em);
}

/**
 * Gives the transaction's notifications their place in commit order, as its
 * very last step before commit: takes the sequence lock (held until commit or
 * rollback), then numbers every notification still without a number from
 * `notification_seq`. A transaction that numbers later waits for the previous
 * one to end, so numbers become visible in increasing order and a reader that
 * sees number n already sees every committed notification below it: readers
 * need no wait and no view of other transactions
 * (docs/decisions/010-notification-sequence.md). The rows without a number
 * that this transaction sees are its own (others' are uncommitted, so
 * invisible, or were numbered before their commit). Does nothing, and sends
 * nothing, when the transaction wrote no notification.
 */
export async function stampNotifications(em: EntityManager): Promise<void> {
  if (!unstamped.has(em)) return;
  unstamped.delete(em);
  await em.execute(`select pg_advisory_xact_lock(${SEQUENCE_LOCK})`);
  await em.execute("update notification set seq = nextval('notification_seq') where seq is null");
}
