import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationKind } from '../notifications/notification.entity.js';
import { noticeOn } from '../notifications/notices.js';

/** What happened to a meeting (the `change` of `MEETING_CHANGED`). */
export type MeetingChange =
  | 'SCHEDULED'
  | 'RESCHEDULED'
  | 'UPDATED'
  | 'POSTPONED'
  | 'CANCELLED'
  | 'INVITED'
  | 'AGENDA_CHANGED'
  | 'STARTED'
  | 'HELD';

/** The payload of `MEETING_CHANGED`. */
export interface MeetingChanged {
  meetingId: string;
  /** Set when the change concerns a recurring series. */
  seriesId: string | null;
  /** The host and the invited organizations. */
  organizationIds: string[];
  change: MeetingChange;
}

declare module '../../core/pubsub.js' {
  interface Events {
    /** A meeting (or a whole series) changed. */
    MEETING_CHANGED: [MeetingChanged];
  }
}

/** The notification kind of each change people are told about (the others notify no one). */
const KINDS: Partial<Record<MeetingChange, NotificationKind>> = {
  SCHEDULED: NotificationKind.MEETING_SCHEDULED,
  INVITED: NotificationKind.MEETING_SCHEDULED,
  RESCHEDULED: NotificationKind.MEETING_RESCHEDULED,
  UPDATED: NotificationKind.MEETING_RESCHEDULED,
  POSTPONED: NotificationKind.MEETING_POSTPONED,
  CANCELLED: NotificationKind.MEETING_CANCELLED,
  AGENDA_CHANGED: NotificationKind.MEETING_AGENDA_CHANGED,
};

/** Inbox titles (Vietnamese), by kind. */
const TITLES: Partial<Record<NotificationKind, string>> = {
  [NotificationKind.MEETING_SCHEDULED]: 'Lịch họp mới',
  [NotificationKind.MEETING_RESCHEDULED]: 'Thay đổi lịch họp',
  [NotificationKind.MEETING_POSTPONED]: 'Hoãn cuộc họp',
  [NotificationKind.MEETING_CANCELLED]: 'Hủy cuộc họp',
  [NotificationKind.MEETING_AGENDA_CHANGED]: 'Thay đổi chương trình cuộc họp',
};

/**
 * People concerned by a meeting in person rather than through an organization:
 * its chairs, the people invited by name and the delegates sent in someone's place.
 */
async function meetingPeople(em: EntityManager, meetingId: string): Promise<string[]> {
  const rows = await em.execute<{ person_id: string }[]>(
    `select person_id from meeting_chair where meeting_id = ?
     union select person_id from meeting_invitation where meeting_id = ? and person_id is not null
     union select delegate_id from meeting_invitation where meeting_id = ? and delegate_id is not null`,
    [meetingId, meetingId, meetingId],
  );
  return rows.map((r) => r.person_id);
}

/**
 * Who hears about a meeting change: the host and invited organizations' role
 * holders, its chairs, the people invited by name and the delegates.
 */
noticeOn('MEETING_CHANGED', async (em, { meetingId, organizationIds, change }) => {
  const kind = KINDS[change];
  if (!kind) return null;
  const personIds = await meetingPeople(em, meetingId);
  const rows = await em.execute<{ title: string }[]>('select title from meeting where id = ?', [meetingId]);
  const title = rows[0]?.title ?? '';
  return {
    kind,
    title: TITLES[kind] ?? title,
    body: title,
    subjectType: 'Meeting',
    subjectId: meetingId,
    recipients: { organizationIds, personIds },
  };
});
