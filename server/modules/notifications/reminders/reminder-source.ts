import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../../../core/pubsub.js';

/**
 * One kind of reminder: finds what is due now (by state, not by time since
 * the last run, so it catches up after downtime) and writes notifications
 * with dedupe keys, so each reminder goes out exactly once. Returns how many
 * notifications it wrote.
 */
export type ReminderSource = (em: EntityManager, pubsub: PubSub, now: Date) => Promise<number>;

/** Groups rows by a key, keeping the first row's data and every person. */
export function groupPeople<T extends { person_id: string }>(rows: T[], key: (row: T) => string) {
  const groups = new Map<string, { row: T; personIds: string[] }>();
  for (const row of rows) {
    const group = groups.get(key(row)) ?? { row, personIds: [] };
    group.personIds.push(row.person_id);
    groups.set(key(row), group);
  }
  return [...groups.values()];
}
