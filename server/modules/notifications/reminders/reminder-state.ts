import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeCommit, type DomainEvent } from '../../../core/domain-events.js';
import { reminderSources } from './reminder-source.js';

const WATERMARK = 'reminders';

/** The moment up to which reminders were sent, or null before the first tick ever (then everything is due). */
export async function readWatermark(em: EntityManager): Promise<Date | null> {
  const rows = await em.execute<{ sent_through: Date }[]>(
    'select sent_through from reminder_watermark where name = ?',
    [WATERMARK],
  );
  return rows[0] ? new Date(rows[0].sent_through) : null;
}

/** Records that every reminder due by `now` was sent (never moves back). */
export async function advanceWatermark(em: EntityManager, now: Date): Promise<void> {
  await em.execute(
    `insert into reminder_watermark (name, sent_through) values (?, ?)
     on conflict (name) do update set sent_through = greatest(reminder_watermark.sent_through, excluded.sent_through)`,
    [WATERMARK, now],
  );
}

/** Removes and returns the subjects that changed since the last tick: their ids by subject type. */
export async function takeChanged(em: EntityManager): Promise<Map<string, string[]>> {
  const rows = await em.execute<{ subject_type: string; subject_id: string }[]>(
    'delete from reminder_recheck returning subject_type, subject_id',
  );
  const changed = new Map<string, string[]>();
  for (const row of rows)
    changed.set(row.subject_type, [...(changed.get(row.subject_type) ?? []), row.subject_id]);
  return changed;
}

/**
 * Records lead times people chose (meeting minutes, task days), in the
 * transaction that saves their preferences, so ticks look for their moments.
 */
export async function rememberLeads(
  em: EntityManager,
  meetingMinutes: readonly number[],
  taskDays: number | null,
): Promise<void> {
  const leads = [
    ...meetingMinutes.map((minutes) => ['MEETING', minutes] as const),
    ...(taskDays === null ? [] : [['TASK', taskDays] as const]),
  ];
  if (!leads.length) return;
  await em.execute(
    `insert into reminder_lead (kind, value) values ${leads.map(() => '(?, ?)').join(', ')} on conflict do nothing`,
    leads.flat(),
  );
}

/** The subjects an event says changed (`[subjectType, id]`), by the sources that listen to its topic. */
function changedSubjects(event: DomainEvent): [string, string][] {
  return reminderSources()
    .filter((source) => source.changedOn === event.topic)
    .map((source) => [source.subjectType, source.subjectOf(event.payload as never)]);
}

/** Queues every changed subject of a reminder source for the next tick, in the changing transaction. */
beforeCommit(async (em, events) => {
  const subjects = [...new Map(events.flatMap(changedSubjects).map((s) => [s.join(':'), s])).values()];
  if (!subjects.length) return;
  await em.execute(
    `insert into reminder_recheck (subject_type, subject_id) values ${subjects.map(() => '(?, ?)').join(', ')}
     on conflict do nothing`,
    subjects.flat(),
  );
});
