import { NotificationKind } from '../notification.entity.js';
import { notify } from '../notify.js';
import { DEFAULT_MEETING_LEADS } from '../preference.entity.js';
import { groupPeople, type ReminderSource } from './reminder-source.js';

/** Longest lead time a preference may set (14 days), which bounds the meetings looked at. */
const HORIZON = "interval '14 days'";

/**
 * Who hears about a meeting: chairs, invited people (or their delegates) who
 * did not decline, and people with a role in force directly on the host or
 * an invited organization.
 */
const MEETING_AUDIENCE_SQL = `
  select m.id as meeting_id, m.title, m.organization_id, m.starts_at, p.person_id
    from meeting m
    join lateral (
      select c.person_id from meeting_chair c where c.meeting_id = m.id
      union select coalesce(i.delegate_id, i.person_id) from meeting_invitation i
        where i.meeting_id = m.id and i.person_id is not null and i.response <> 'DECLINED'
      union select u.person_id from role_grant g join app_user u on u.id = g.user_id
        where not u.disabled and g.valid_from <= now() and (g.valid_to is null or g.valid_to > now())
          and (g.organization_id = m.organization_id or g.organization_id in
               (select i.organization_id from meeting_invitation i where i.meeting_id = m.id and i.organization_id is not null))
    ) p on p.person_id is not null`;

interface MeetingRow {
  meeting_id: string;
  title: string;
  organization_id: string;
  starts_at: Date;
  person_id: string;
  leads: number[] | null;
}

const local = (at: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(at);

/**
 * Meeting reminders at each person's lead times (default 24 hours and 1 hour
 * before): once per meeting, start time, lead and person; none once it started.
 */
export const meetingReminders: ReminderSource = async (em, pubsub, now) => {
  const rows = await em.execute<MeetingRow[]>(
    `select a.*, np.meeting_reminder_lead_minutes as leads from (${MEETING_AUDIENCE_SQL}
        where m.status = 'SCHEDULED' and m.starts_at > ? and m.starts_at <= ?::timestamptz + ${HORIZON}) a
      left join notification_preference np on np.person_id = a.person_id`,
    [now, now],
  );
  let written = 0;
  const due = rows.flatMap((row) =>
    (row.leads ?? DEFAULT_MEETING_LEADS)
      .filter((lead) => new Date(row.starts_at).getTime() - lead * 60_000 <= now.getTime())
      .map((lead) => ({ ...row, lead })),
  );
  for (const { row, personIds } of groupPeople(due, (r) => `${r.meeting_id}:${r.lead}`)) {
    const startsAt = new Date(row.starts_at);
    written += (
      await notify(em, pubsub, personIds, {
        kind: NotificationKind.MEETING_REMINDER,
        title: `Nhắc lịch họp lúc ${local(startsAt)}: ${row.title}`,
        subjectType: 'Meeting',
        subjectId: row.meeting_id,
        organizationId: row.organization_id,
        dedupeKey: `meeting-reminder:${row.meeting_id}:${startsAt.toISOString()}:${row.lead}`,
      })
    ).length;
  }
  return written;
};

/** A meeting held a day ago without approved minutes: the host's role holders are reminded once. */
export const minutesReminders: ReminderSource = async (em, pubsub, now) => {
  const rows = await em.execute<
    { meeting_id: string; title: string; organization_id: string; person_id: string }[]
  >(
    `select m.id as meeting_id, m.title, m.organization_id, u.person_id
       from meeting m
       join role_grant g on g.organization_id = m.organization_id
        and g.valid_from <= now() and (g.valid_to is null or g.valid_to > now())
       join app_user u on u.id = g.user_id and not u.disabled
      where m.status = 'HELD' and m.ends_at <= ?::timestamptz - interval '1 day'
        and m.ends_at > ?::timestamptz - interval '30 days'
        and not exists (select 1 from meeting_minutes mm where mm.meeting_id = m.id and mm.status = 'APPROVED')`,
    [now, now],
  );
  let written = 0;
  for (const { row, personIds } of groupPeople(rows, (r) => r.meeting_id)) {
    written += (
      await notify(em, pubsub, personIds, {
        kind: NotificationKind.MINUTES_REMINDER,
        title: `Chưa có biên bản được duyệt: ${row.title}`,
        subjectType: 'Meeting',
        subjectId: row.meeting_id,
        organizationId: row.organization_id,
        dedupeKey: `minutes-reminder:${row.meeting_id}`,
      })
    ).length;
  }
  return written;
};
