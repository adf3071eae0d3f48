import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeCommit, type DomainEvent } from '../../../core/domain-events.js';

const WATERMARK = 'reminders';

/** Subjects whose reminders a tick looks at again because they changed. */
export interface Changed {
  tasks: string[];
  meetings: string[];
}

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

/** Removes and returns the subjects that changed since the last tick. */
export async function takeChanged(em: EntityManager): Promise<Changed> {
  const rows = await em.execute<{ subject_type: string; subject_id: string }[]>(
    'delete from reminder_recheck returning subject_type, subject_id',
  );
  const of = (type: string) => rows.filter((r) => r.subject_type === type).map((r) => r.subject_id);
  return { tasks: of('Task'), meetings: of('Meeting') };
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

function changedSubject(event: DomainEvent): [string, string] | null {
  if (event.topic === 'TASK_CHANGED') return ['Task', event.payload.taskId];
  if (event.topic === 'MEETING_CHANGED') return ['Meeting', event.payload.meetingId];
  return null;
}

/** Queues every changed task and meeting for the next tick, in the changing transaction. */
beforeCommit(async (em, events) => {
  const subjects = events.map(changedSubject).filter((s): s is [string, string] => s !== null);
  if (!subjects.length) return;
  await em.execute(
    `insert into reminder_recheck (subject_type, subject_id) values ${subjects.map(() => '(?, ?)').join(', ')}
     on conflict do nothing`,
    subjects.flat(),
  );
});
