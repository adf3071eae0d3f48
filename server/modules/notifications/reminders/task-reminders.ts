import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../../../core/pubsub.js';
import { NotificationKind } from '../notification.entity.js';
import { notify } from '../notify.js';
import { todayInVietnam } from '../../../core/scalars.js';
import { groupPeople, type ReminderSource } from './reminder-source.js';

interface Row {
  task_id: string;
  title: string;
  due_on: string;
  lead_id: string | null;
  person_id: string;
}

/** People who hear about an open task: roles in force on a currently assigned organization, and persons in charge. */
const AUDIENCE_SQL = `
  select t.id as task_id, t.title, t.due_on::text as due_on,
         (select ta2.organization_id from task_assignment ta2
           where ta2.task_id = t.id and ta2.role = 'LEAD' and ta2.ended_on is null) as lead_id,
         p.person_id, coalesce(np.task_due_soon_days, 3) as days
    from task t
    join task_assignment ta on ta.task_id = t.id and ta.ended_on is null
    join lateral (
      select u.person_id from role_grant g join app_user u on u.id = g.user_id
       where g.organization_id = ta.organization_id and not u.disabled
         and g.valid_from <= now() and (g.valid_to is null or g.valid_to > now())
      union select ta.person_in_charge_id where ta.person_in_charge_id is not null
    ) p on true
    left join notification_preference np on np.person_id = p.person_id
   where t.status in ('NOT_STARTED', 'IN_PROGRESS', 'BLOCKED')`;

async function send(
  em: EntityManager,
  pubsub: PubSub,
  rows: Row[],
  kind: NotificationKind,
  prefix: string,
  title: (r: Row) => string,
) {
  let written = 0;
  for (const { row, personIds } of groupPeople(rows, (r) => r.task_id)) {
    const notified = await notify(em, pubsub, personIds, {
      kind,
      title: title(row),
      subjectType: 'Task',
      subjectId: row.task_id,
      organizationId: row.lead_id,
      dedupeKey: `${prefix}:${row.task_id}:${row.due_on}`,
    });
    written += notified.length;
  }
  return written;
}

/** "Task due soon": open tasks due within each person's lead (default 3 days), once per task, due date and person. */
export const taskDueSoonReminders: ReminderSource = async (em, pubsub, now) => {
  const today = todayInVietnam(now);
  const rows = await em.execute<Row[]>(
    `select distinct task_id, title, due_on, lead_id, person_id from (${AUDIENCE_SQL}
        and t.due_on >= ?::date and t.due_on <= ?::date + 60) a
      where a.due_on::date <= ?::date + a.days`,
    [today, today, today],
  );
  return send(
    em,
    pubsub,
    rows,
    NotificationKind.TASK_DUE_SOON,
    'task-due-soon',
    (r) => `Sắp đến hạn (${r.due_on}): ${r.title}`,
  );
};

/** "Task overdue": open tasks past their deadline, once per task, due date and person. */
export const taskOverdueReminders: ReminderSource = async (em, pubsub, now) => {
  const today = todayInVietnam(now);
  const rows = await em.execute<Row[]>(
    `select distinct task_id, title, due_on, lead_id, person_id from (${AUDIENCE_SQL} and t.due_on < ?::date) a`,
    [today],
  );
  return send(
    em,
    pubsub,
    rows,
    NotificationKind.TASK_OVERDUE,
    'task-overdue',
    (r) => `Quá hạn (${r.due_on}): ${r.title}`,
  );
};
