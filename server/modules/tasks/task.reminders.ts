import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../../core/pubsub.js';
import { todayInVietnam, vietnameseDate } from '../../core/scalars.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { DEFAULT_TASK_DUE_SOON_DAYS } from '../notifications/preference.entity.js';
import {
  addReminderSource,
  notifyGroups,
  type ReminderTick,
} from '../notifications/reminders/reminder-source.js';

interface Row {
  task_id: string;
  title: string;
  due_on: string;
  lead_id: string | null;
  person_id: string;
  overdue: boolean;
}

const OPEN = "t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')";

/**
 * Open tasks whose "overdue" moment (the start of the day after the
 * deadline) came in the tick's days `(since, today]`: due in `[since, today)`,
 * read through the index on `due_on`.
 */
const OVERDUE_WINDOW = `select t.id, false as changed from task t
  where t.due_on >= ?::date and t.due_on < ?::date and ${OPEN}`;

/**
 * Open tasks, not yet overdue, whose "due soon" moment (deadline minus a lead
 * someone uses) came in `(since, today]`: one index range per distinct lead.
 */
const DUE_SOON_WINDOW = `select t.id, false as changed from
  (select ${DEFAULT_TASK_DUE_SOON_DAYS} as days union select value from reminder_lead_in_use where kind = 'TASK') l
  cross join lateral (select t.id from task t
    where t.due_on > ?::date + l.days and t.due_on <= ?::date + l.days and t.due_on >= ?::date and ${OPEN}) t`;

const CHANGED = `select t.id, true as changed from task t where t.id in (?) and ${OPEN}`;

/** The candidate tasks' `id` and `since` (the day after which their reminders count; -infinity when changed). */
function candidates(
  tick: ReminderTick,
  today: string,
  since: string,
): { sql: string; params: unknown[] } | null {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (since < today) {
    parts.push(OVERDUE_WINDOW, DUE_SOON_WINDOW);
    params.push(since, today, since, today, today);
  }
  if (tick.changed.length) {
    parts.push(CHANGED);
    params.push(tick.changed);
  }
  if (!parts.length) return null;
  return {
    sql: `select id, case when bool_or(changed) then '-infinity'::date else ?::date end as since
            from (${parts.join(' union all ')}) u group by id`,
    params: [since, ...params],
  };
}

/**
 * Who is reminded of which candidate: role holders of a currently assigned
 * organization (the access module's `role_holder` view) and persons in charge; "overdue" when the deadline passed
 * after `since`, "due soon" when the deadline minus the person's lead
 * (the notifications module's `reminder_preference` view, default 3 days)
 * passed after `since`.
 */
const dueRemindersSql = (candidatesSql: string) => `
  select distinct t.id as task_id, t.title, t.due_on::text as due_on, t.due_on < ?::date as overdue,
         (select ta2.organization_id from task_assignment ta2
           where ta2.task_id = t.id and ta2.role = 'LEAD' and ta2.ended_on is null) as lead_id,
         p.person_id
    from (${candidatesSql}) c
    join task t on t.id = c.id
    join task_assignment ta on ta.task_id = t.id and ta.ended_on is null
    join lateral (
      select r.person_id from role_holder r where r.organization_id = ta.organization_id
      union select ta.person_in_charge_id where ta.person_in_charge_id is not null
    ) p on true
    left join reminder_preference np on np.person_id = p.person_id
   where (t.due_on < ?::date and t.due_on >= c.since)
      or (t.due_on >= ?::date
          and t.due_on - coalesce(np.task_due_soon_days, ${DEFAULT_TASK_DUE_SOON_DAYS}) <= ?::date
          and t.due_on - coalesce(np.task_due_soon_days, ${DEFAULT_TASK_DUE_SOON_DAYS}) > c.since)`;

/**
 * The SQL of a tick's task reminders, or null when nothing can be due (same
 * day as the last tick and no task changed: no statement at all).
 */
export function taskRemindersQuery(tick: ReminderTick): { sql: string; params: unknown[] } | null {
  const today = todayInVietnam(tick.now);
  const since = tick.since ? todayInVietnam(tick.since) : '-infinity';
  const found = candidates(tick, today, since);
  if (!found) return null;
  return {
    sql: dueRemindersSql(found.sql),
    params: [today, ...found.params, today, today, today],
  };
}

/** The reminders of one kind (overdue, or due soon) of the rows, one per task, deadline and person. */
function send(em: EntityManager, pubsub: PubSub, rows: Row[], overdue: boolean): Promise<number> {
  const kind = overdue ? NotificationKind.TASK_OVERDUE : NotificationKind.TASK_DUE_SOON;
  const prefix = overdue ? 'task-overdue' : 'task-due-soon';
  const ofKind = rows.filter((r) => r.overdue === overdue);
  return notifyGroups(
    em,
    pubsub,
    ofKind,
    (r) => r.task_id,
    (row) => ({
      kind,
      title: `${overdue ? 'Quá hạn' : 'Sắp đến hạn'} (${vietnameseDate(row.due_on)}): ${row.title}`,
      subjectType: 'Task',
      subjectId: row.task_id,
      organizationId: row.lead_id,
      dedupeKey: `${prefix}:${row.task_id}:${row.due_on}`,
    }),
  );
}

/**
 * Task reminders, once per task, deadline and person: "due soon" at each
 * person's lead (default 3 days) before the deadline, "overdue" the day after
 * it, while the task is open. Day-grained, so between two ticks of the same
 * day only changed tasks are looked at. Every tick sends them; a changed task
 * (`TASK_CHANGED`) is looked at again on the next.
 */
addReminderSource({
  subjectType: 'Task',
  changedOn: 'TASK_CHANGED',
  subjectOf: (change) => change.taskId,
  remind: async (em, pubsub, tick) => {
    const query = taskRemindersQuery(tick);
    if (!query) return 0;
    const rows = await em.execute<Row[]>(query.sql, query.params);
    return (await send(em, pubsub, rows, false)) + (await send(em, pubsub, rows, true));
  },
});
