import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../../../core/pubsub.js';
import type { Changed } from './reminder-state.js';

/**
 * One tick of the scheduler: reminders whose moment falls in `(since, now]`
 * are due (`since` null before the first tick ever: everything up to `now`),
 * and so is any reminder of a `changed` subject whose moment is at or before
 * `now` (its deadline, start, status or assignees changed since the last tick).
 */
export interface ReminderTick {
  now: Date;
  since: Date | null;
  changed: Changed;
}

/**
 * One kind of reminder: finds what became due in the tick through indexes on
 * the due moment (work proportional to what is due, none when nothing is) and
 * writes notifications with dedupe keys, so each reminder goes out exactly
 * once. Returns how many notifications it wrote.
 */
export type ReminderSource = (em: EntityManager, pubsub: PubSub, tick: ReminderTick) => Promise<number>;

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
