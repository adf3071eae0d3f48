import { vietnameseDateTime } from '../../core/scalars.js';
import { NotificationKind } from '../notifications/notification.entity.js';
import { DEFAULT_MEETING_LEADS } from '../notifications/preference.entity.js';
import {
  addReminderSource,
  notifyGroups,
  type Remind,
  type ReminderTick,
} from '../notifications/reminders/reminder-source.js';

/** Every lead time in use, in minutes: the defaults and those people chose. */
const LEADS_SQL = `select unnest(array[${DEFAULT_MEETING_LEADS.join(', ')}]) as minutes
  union select value from reminder_lead_in_use where kind = 'MEETING'`;

/**
 * Scheduled meetings with a reminder moment (start minus a lead in use) in
 * `(since, now]`: one range on the `starts_at` index per distinct lead.
 */
const WINDOW_SQL = `select m.id, false as changed from (${LEADS_SQL}) l
  cross join lateral (select m.id from meeting m
    where m.starts_at > ?::timestamptz + l.minutes * interval '1 minute'
      and m.starts_at <= ?::timestamptz + l.minutes * interval '1 minute'
      and m.starts_at > ?::timestamptz and m.status = 'SCHEDULED') m`;

/**
 * Who hears about a meeting: chairs, invited people (or their delegates) who
 * did not decline, and the role holders of the host and the invited
 * organizations (the access module's `role_holder` view).
 */
const MEETING_AUDIENCE_SQL = `
    join lateral (
      select c.person_id from meeting_chair c where c.meeting_id = m.id
      union select coalesce(i.delegate_id, i.person_id) from meeting_invitation i
        where i.meeting_id = m.id and i.person_id is not null and i.response <> 'DECLINED'
      union select r.person_id from role_holder r
        where r.organization_id = m.organization_id or r.organization_id in
              (select i.organization_id from meeting_invitation i where i.meeting_id = m.id and i.organization_id is not null)
    ) p on p.person_id is not null`;

interface MeetingRow {
  meeting_id: string;
  title: string;
  organization_id: string;
  starts_at: Date;
  person_id: string;
  leads: number[] | null;
  changed: boolean;
}

/** Candidate meetings of a tick (in the window or changed), or null when there can be none. */
function meetingCandidates({ now, since, changed }: ReminderTick) {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (!since || since < now) {
    parts.push(WINDOW_SQL);
    params.push(since ?? '-infinity', now, now);
  }
  if (changed.length) {
    parts.push('select m.id, true as changed from meeting m where m.id in (?)');
    params.push(changed);
  }
  if (!parts.length) return null;
  return {
    sql: `select id, bool_or(changed) as changed from (${parts.join(' union all ')}) u group by id`,
    params,
  };
}

/**
 * The reminder a person gets in this tick: of the leads whose moment came in
 * the tick (any past one for a changed meeting), only the one nearest the
 * start — a meeting scheduled 30 minutes ahead, or one whose reminders fell
 * in a downtime, gets one reminder, not one per lead at once.
 */
function dueLead(row: MeetingRow, { now, since }: ReminderTick): number | null {
  const startsAt = new Date(row.starts_at).getTime();
  const due = (row.leads ?? DEFAULT_MEETING_LEADS).filter((lead) => {
    const moment = startsAt - lead * 60_000;
    return moment <= now.getTime() && (row.changed || !since || moment > since.getTime());
  });
  return due.length ? Math.min(...due) : null;
}

/**
 * Meeting reminders at each person's lead times (default 24 hours and 1 hour
 * before): at most once per meeting, start time, lead and person; none once
 * it started.
 */
export const meetingReminders: Remind = async (em, pubsub, tick) => {
  const candidates = meetingCandidates(tick);
  if (!candidates) return 0;
  const rows = await em.execute<MeetingRow[]>(
    // The due meetings first, fenced (`offset 0`): the planner would otherwise join every
    // future meeting to its audience before finding that none is due (80 ms at national scale).
    `select m.id as meeting_id, m.title, m.organization_id, m.starts_at, p.person_id, m.changed,
            np.meeting_reminder_lead_minutes as leads
       from (select m.id, m.title, m.organization_id, m.starts_at, c.changed
               from (${candidates.sql}) c join meeting m on m.id = c.id
              where m.status = 'SCHEDULED' and m.starts_at > ? offset 0) m ${MEETING_AUDIENCE_SQL}
       left join reminder_preference np on np.person_id = p.person_id`,
    [...candidates.params, tick.now],
  );
  const due = rows.flatMap((row) => {
    const lead = dueLead(row, tick);
    return lead === null ? [] : [{ ...row, lead }];
  });
  return notifyGroups(
    em,
    pubsub,
    due,
    (r) => `${r.meeting_id}:${r.lead}`,
    (row) => {
      const startsAt = new Date(row.starts_at);
      return {
        kind: NotificationKind.MEETING_REMINDER,
        title: `Nhắc lịch họp lúc ${vietnameseDateTime(startsAt)}: ${row.title}`,
        subjectType: 'Meeting',
        subjectId: row.meeting_id,
        organizationId: row.organization_id,
        dedupeKey: `meeting-reminder:${row.meeting_id}:${startsAt.toISOString()}:${row.lead}`,
      };
    },
  );
};

/**
 * A meeting held without approved minutes: the host's role holders are
 * reminded once, a day after it ended (up to 30 days after). The meetings
 * come first (materialized: through the index on `ends_at` for those whose
 * moment came in the tick, by id for changed ones, e.g. marked held late),
 * then their audience — never the other way round through a busy host.
 */
export const minutesReminders: Remind = async (em, pubsub, { now, since, changed }) => {
  const which: string[] = [];
  const params: unknown[] = [now, now];
  if (!since || since < now) {
    which.push("m.ends_at > ?::timestamptz - interval '1 day'");
    params.push(since ?? '-infinity');
  }
  if (changed.length) {
    which.push('m.id in (?)');
    params.push(changed);
  }
  if (!which.length) return 0;
  const rows = await em.execute<
    { meeting_id: string; title: string; organization_id: string; person_id: string }[]
  >(
    `with due as materialized (
       select m.id, m.title, m.organization_id from meeting m
        where m.status = 'HELD' and m.ends_at <= ?::timestamptz - interval '1 day'
          and m.ends_at > ?::timestamptz - interval '30 days' and (${which.join(' or ')})
          and not exists (select 1 from meeting_minutes mm where mm.meeting_id = m.id and mm.status = 'APPROVED'))
     select m.id as meeting_id, m.title, m.organization_id, r.person_id
       from due m join role_holder r on r.organization_id = m.organization_id`,
    params,
  );
  return notifyGroups(
    em,
    pubsub,
    rows,
    (r) => r.meeting_id,
    (row) => ({
      kind: NotificationKind.MINUTES_REMINDER,
      title: `Chưa có biên bản được duyệt: ${row.title}`,
      subjectType: 'Meeting',
      subjectId: row.meeting_id,
      organizationId: row.organization_id,
      dedupeKey: `minutes-reminder:${row.meeting_id}`,
    }),
  );
};

/**
 * Every tick sends the meeting reminders, then the minutes reminders; a
 * changed meeting (`MEETING_CHANGED`) is looked at again on the next.
 */
addReminderSource({
  subjectType: 'Meeting',
  changedOn: 'MEETING_CHANGED',
  subjectOf: (change) => change.meetingId,
  remind: async (em, pubsub, tick) =>
    (await meetingReminders(em, pubsub, tick)) + (await minutesReminders(em, pubsub, tick)),
});
