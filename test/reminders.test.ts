/**
 * Meeting and minutes reminders. Each test has its own database: the
 * scheduler's watermark (how far it has sent) belongs to the database, and
 * these tests move time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { vietnameseDateTime } from '../server/core/scalars.js';
import { createEventBus } from '../server/core/pubsub.js';
import { Meeting } from '../server/modules/meetings/meeting.entity.js';
import { MeetingKind, MeetingStatus } from '../server/modules/meetings/meeting.enums.js';
import { MeetingInvitation } from '../server/modules/meetings/participation.entity.js';
import { Notification, NotificationKind } from '../server/modules/notifications/notification.entity.js';
import { runReminders } from '../server/app/reminders.js';
import { makeArea, makeOrganization, makeUserWith, type TestUser } from './helpers/factories.js';
import { setPreferences } from './helpers/preferences.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let ts: TestServer;
const pubsub = createEventBus();
const HOUR = 3_600_000;

const member = (organizationId: string): Promise<TestUser> =>
  makeUserWith(ts.orm, organizationId, Role.MEMBER);

async function meetingWith(startsAt: Date, status: MeetingStatus = MeetingStatus.SCHEDULED) {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const host = await makeOrganization(em, { area });
  const invited = await makeOrganization(em, { area });
  const outsider = await makeOrganization(em, { area });
  const meeting = em.create(Meeting, {
    organization: host.id,
    kind: MeetingKind.PERIODIC_BRIEFING,
    title: 'Giao ban công tác dân vận',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    status,
  });
  em.create(MeetingInvitation, { meeting, organization: invited.id });
  await em.flush();
  return {
    meeting,
    hostMember: await member(host.id),
    invitedMember: await member(invited.id),
    outsiderMember: await member(outsider.id),
  };
}

async function reminders(personId: string, kind: NotificationKind, subjectId: string) {
  return ts.orm.em.fork().count(Notification, { recipient: personId, kind, subjectId });
}

beforeEach(async () => {
  ts = await startTestServer();
});
afterEach(() => ts?.stop());

describe('meeting reminders', () => {
  it('remind host and invited organizations 24 hours and 1 hour before, each exactly once, never outsiders', async () => {
    const startsAt = new Date(Date.now() + 30 * 24 * HOUR);
    const { meeting, hostMember, invitedMember, outsiderMember } = await meetingWith(startsAt);
    const count = (user: TestUser) =>
      reminders(user.person.id, NotificationKind.MEETING_REMINDER, meeting.id);

    await runReminders(ts.orm.em, pubsub, new Date(startsAt.getTime() - 25 * HOUR));
    expect(await count(hostMember)).toBe(0);

    // Two instances at the same moment: the advisory lock and the dedupe keys keep it to one each.
    const dayBefore = new Date(startsAt.getTime() - 23 * HOUR);
    await Promise.all([
      runReminders(ts.orm.em, pubsub, dayBefore),
      runReminders(ts.orm.em.fork(), pubsub, dayBefore),
    ]);
    await runReminders(ts.orm.em, pubsub, dayBefore);
    expect(await count(hostMember)).toBe(1);
    expect(await count(invitedMember)).toBe(1);
    expect(await count(outsiderMember)).toBe(0);
    // The title gives the time the Vietnamese administrative way ("08:00, Thứ Hai, 07/12/2026").
    const [reminder] = await ts.orm.em
      .fork()
      .find(Notification, { recipient: hostMember.person.id, kind: NotificationKind.MEETING_REMINDER });
    expect(reminder.title).toBe(
      `Nhắc lịch họp lúc ${vietnameseDateTime(startsAt)}: Giao ban công tác dân vận`,
    );
    expect(reminder.title).toMatch(
      /^Nhắc lịch họp lúc \d{2}:\d{2}, (Thứ \S+|Chủ Nhật), \d{2}\/\d{2}\/\d{4}: /,
    );

    // Catch-up: the server was down at the 1-hour mark; the next run, 30 minutes before, still sends it.
    await runReminders(ts.orm.em, pubsub, new Date(startsAt.getTime() - 0.5 * HOUR));
    expect(await count(hostMember)).toBe(2);
    expect(await count(invitedMember)).toBe(2);
  });

  it('follow each person’s lead times', async () => {
    const startsAt = new Date(Date.now() + 40 * 24 * HOUR);
    const { meeting, hostMember } = await meetingWith(startsAt);
    await setPreferences(ts, hostMember, { meetingReminderLeadMinutes: [3 * 24 * 60] });
    await runReminders(ts.orm.em, pubsub, new Date(startsAt.getTime() - 80 * HOUR));
    expect(await reminders(hostMember.person.id, NotificationKind.MEETING_REMINDER, meeting.id)).toBe(0);
    await runReminders(ts.orm.em, pubsub, new Date(startsAt.getTime() - 70 * HOUR));
    expect(await reminders(hostMember.person.id, NotificationKind.MEETING_REMINDER, meeting.id)).toBe(1);
  });

  it('remind the host to file minutes a day after a held meeting without approved minutes', async () => {
    const startsAt = new Date(Date.now() - 3 * 24 * HOUR);
    const { meeting, hostMember, invitedMember } = await meetingWith(startsAt, MeetingStatus.HELD);
    await runReminders(ts.orm.em, pubsub);
    await runReminders(ts.orm.em, pubsub);
    expect(await reminders(hostMember.person.id, NotificationKind.MINUTES_REMINDER, meeting.id)).toBe(1);
    expect(await reminders(invitedMember.person.id, NotificationKind.MINUTES_REMINDER, meeting.id)).toBe(0);
  });
});
