import type { EntityManager } from '@mikro-orm/postgresql';
import type { Events, PubSub } from '../../../core/pubsub.js';
import { type NotificationDraft, notify } from '../notify.js';

/**
 * One tick of the scheduler, as a source sees it: its reminders whose moment
 * falls in `(since, now]` are due (`since` null before the first tick ever:
 * everything up to `now`), and so is any reminder of a `changed` subject whose
 * moment is at or before `now` (its deadline, start, status or audience
 * changed since the last tick).
 */
export interface ReminderTick {
  now: Date;
  since: Date | null;
  /** The ids of the source's subjects that changed since the last tick. */
  changed: readonly string[];
}

/**
 * Finds what became due in a tick through indexes on the due moment (work
 * proportional to what is due, none when nothing is) and writes notifications
 * with dedupe keys (`notify`), so each reminder goes out exactly once. Returns
 * how many notifications it wrote.
 */
export type Remind = (em: EntityManager, pubsub: PubSub, tick: ReminderTick) => Promise<number>;

/**
 * The reminders of one kind of subject (tasks, meetings), declared by the
 * module that owns the subject. Its `remind` reads the owner's own tables,
 * the access module's `role_holder` view and this module's `reminder_preference`
 * and `reminder_lead_in_use` views (`notification.views.ts`).
 */
export interface ReminderSource<K extends keyof Events> {
  /** What the reminders are about (`Task`): its changed subjects are queued under this name. */
  subjectType: string;
  /** The topic whose events say a subject changed (its moment or audience may have). */
  changedOn: K;
  /** The changed subject's id in an event of `changedOn`. */
  subjectOf: (payload: Events[K][0]) => string;
  remind: Remind;
}

/** A registered source, its topic erased. */
export type AnySource = ReminderSource<keyof Events> & { subjectOf: (payload: never) => string };

const sources: AnySource[] = [];

/**
 * Adds the reminders of a kind of subject to every tick (one source per
 * subject type, registered by the owning module when it loads; the app loads
 * them all in `server/app/reminders.ts`).
 */
export function addReminderSource<K extends keyof Events>(source: ReminderSource<K>): void {
  if (sources.some((s) => s.subjectType === source.subjectType)) {
    throw new Error(`a reminder source for ${source.subjectType} is already registered`);
  }
  sources.push(source as unknown as AnySource);
}

/** Every registered source, in registration order. */
export function reminderSources(): readonly AnySource[] {
  return sources;
}

/** Groups rows by a key, keeping the first row's data and every person. */
function groupPeople<T extends { person_id: string }>(rows: readonly T[], key: (row: T) => string) {
  const groups = new Map<string, { row: T; personIds: string[] }>();
  for (const row of rows) {
    const group = groups.get(key(row)) ?? { row, personIds: [] };
    group.personIds.push(row.person_id);
    groups.set(key(row), group);
  }
  return [...groups.values()];
}

/**
 * Sends one reminder per group of rows sharing `key` (a subject at its
 * moment), built from the group's first row, to every person of the group
 * (`notify`: its dedupe key makes it once ever); returns how many
 * notifications it wrote.
 */
export async function notifyGroups<T extends { person_id: string }>(
  em: EntityManager,
  pubsub: PubSub,
  rows: readonly T[],
  key: (row: T) => string,
  draft: (row: T) => NotificationDraft,
): Promise<number> {
  let written = 0;
  for (const { row, personIds } of groupPeople(rows, key)) {
    written += (await notify(em, pubsub, personIds, draft(row))).length;
  }
  return written;
}
