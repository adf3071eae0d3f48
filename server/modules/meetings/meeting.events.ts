import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationKind } from '../notifications/notification.entity.js';
import { headingsByChange, noticeOn } from '../notifications/notices.js';

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

/** The heading of each change people are told about (the others notify no one). */
const HEADINGS = headingsByChange<MeetingChange>([
  { kind: NotificationKind.MEETING_SCHEDULED, title: 'Lịch họp mới', changes: ['SCHEDULED', 'INVITED'] },
  {
    kind: NotificationKind.MEETING_RESCHEDULED,
    title: 'Thay đổi lịch họp',
    changes: ['RESCHEDULED', 'UPDATED'],
  },
  { kind: NotificationKind.MEETING_POSTPONED, title: 'Hoãn cuộc họp', changes: ['POSTPONED'] },
  { kind: NotificationKind.MEETING_CANCELLED, title: 'Hủy cuộc họp', changes: ['CANCELLED'] },
  {
    kind: NotificationKind.MEETING_AGENDA_CHANGED,
    title: 'Thay đổi chương trình cuộc họp',
    changes: ['AGENDA_CHANGED'],
  },
]);

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
  const heading = HEADINGS[change];
  if (!heading) return null;
  const personIds = await meetingPeople(em, meetingId);
  const rows = await em.execute<{ title: string }[]>('select title from meeting where id = ?', [meetingId]);
  const title = rows[0]?.title ?? '';
  return {
    ...heading,
    body: title,
    subjectType: 'Meeting',
    subjectId: meetingId,
    recipients: { organizationIds, personIds },
  };
});
