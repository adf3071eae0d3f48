import { todayInVietnam } from '../../core/scalars.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import {
  addReminderSource,
  notifyGroups,
  type ReminderTick,
} from '../notifications/reminders/reminder-source.js';
import { OPEN_WITH_DEADLINE } from './petition.status.js';

interface Row {
  petition_id: string;
  subject: string;
  due_on: string;
  handler_id: string;
  person_id: string;
}

/** The module's open statuses (`isOverdue`), in SQL for alias `p`: the predicate of index `petition_open_due_on`. */
const OPEN = `p.status in (${OPEN_WITH_DEADLINE.map((s) => `'${s}'`).join(', ')})`;

/**
 * Open petitions whose "overdue" moment (the start of the day after the due
 * date, Vietnam days) came in the tick's days `(since, today]`: due in
 * `[since, today)`, read through the partial index on `due_on`.
 */
const WINDOW = `select p.id from petition p where p.due_on >= ?::date and p.due_on < ?::date and ${OPEN}`;

/** Changed petitions already overdue (a due date moved back, a new handler accepted it late). */
const CHANGED = `select p.id from petition p where p.id in (?) and p.due_on < ?::date and ${OPEN}`;

/**
 * The SQL of a tick's overdue petition reminders, or null when nothing can be
 * due (same day as the last tick and no petition changed: no statement). Who
 * is reminded: the role holders of the current handler (the access module's
 * `role_holder` view).
 */
export function petitionRemindersQuery(tick: ReminderTick): { sql: string; params: unknown[] } | null {
  const today = todayInVietnam(tick.now);
  const since = tick.since ? todayInVietnam(tick.since) : '-infinity';
  const parts: string[] = [];
  const params: unknown[] = [];
  if (since < today) {
    parts.push(WINDOW);
    params.push(since, today);
  }
  if (tick.changed.length) {
    parts.push(CHANGED);
    params.push(tick.changed, today);
  }
  if (!parts.length) return null;
  return {
    sql: `select p.id as petition_id, p.subject, p.due_on::text as due_on, p.handler_id, r.person_id
            from (${parts.join(' union ')}) c
            join petition p on p.id = c.id
            join role_holder r on r.organization_id = p.handler_id`,
    params,
  };
}

/**
 * Overdue petition reminders, once per petition, handler, due date and
 * person, to the role holders of the organization handling it, while it is
 * open. Day-grained, like tasks' overdue reminders. Every tick sends them; a
 * changed petition (`PETITION_CHANGED`) is looked at again on the next.
 */
addReminderSource({
  subjectType: 'Petition',
  changedOn: 'PETITION_CHANGED',
  subjectOf: (change) => change.petitionId,
  remind: async (em, pubsub, tick) => {
    const query = petitionRemindersQuery(tick);
    if (!query) return 0;
    const rows = await em.execute<Row[]>(query.sql, query.params);
    // The subject only: never the petitioner.
    return notifyGroups(
      em,
      pubsub,
      rows,
      (r) => r.petition_id,
      (row) => ({
        kind: NotificationKind.PETITION_OVERDUE,
        title: `Đơn thư quá hạn giải quyết: ${row.subject}`,
        subjectType: 'Petition',
        subjectId: row.petition_id,
        organizationId: row.handler_id,
        dedupeKey: `petition-overdue:${row.petition_id}:${row.handler_id}:${row.due_on}`,
      }),
    );
  },
});
