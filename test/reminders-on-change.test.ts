/**
 * Reminders of what changed after the scheduler passed its moment: a task
 * created through the API due tomorrow (its "due soon" moment passed days
 * ago) and a meeting scheduled half an hour ahead are reminded on the next
 * tick of the same day — the changing transaction queues them for it — once.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { createEventBus } from '../server/core/pubsub.js';
import { todayInVietnam } from '../server/core/scalars.js';
import { runReminders } from '../server/app/reminders.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique } from './helpers/factories.js';
import { type GqlResult, useTestServer } from './helpers/server.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

const pubsub = createEventBus();

const ts = useTestServer();

const CREATE_TASK = `mutation ($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }`;
const SCHEDULE_MEETING = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`;

/** An agency with a coordinator and a member (both hear about its tasks and meetings). */
async function agency() {
  const em = ts.orm.em.fork();
  const organization = await makeOrganization(em, { area: await makeArea(em) });
  const coordinator = await makeUserWith(ts.orm, organization.id, Role.COORDINATOR);
  const member = await makeUserWith(ts.orm, organization.id, Role.MEMBER);
  return { organization, coordinator, member, people: [coordinator.person.id, member.person.id].toSorted() };
}

/** Recipients of `kind` notifications about the record with global ID `subjectGid`. */
async function recipients(kind: string, subjectGid: string): Promise<string[]> {
  const subjectId = Buffer.from(subjectGid, 'base64').toString().split(':').pop();
  const rows = await ts.orm.em
    .fork()
    .getConnection()
    .execute<{ recipient_id: string }[]>(
      'select recipient_id from notification where kind = ? and subject_id = ? order by recipient_id',
      [kind, subjectId],
    );
  return rows.map((r) => r.recipient_id);
}

async function ok<T>(result: Promise<GqlResult<T>>): Promise<T> {
  const { data, errors } = await result;
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data as T;
}

describe('reminders of changed tasks and meetings', () => {
  it('go out on the next tick of the same day, once', async () => {
    const { organization, coordinator, people } = await agency();
    // The scheduler has already ticked today.
    await runReminders(ts.orm.em, pubsub);

    const { createTask } = await ok<{ createTask: { task: { id: string } } }>(
      ts.gql(
        CREATE_TASK,
        {
          input: {
            title: `Nhiệm vụ ${unique()}`,
            dueOn: todayInVietnam(new Date(Date.now() + DAY)),
            lead: { organizationId: gid.org(organization) },
          },
        },
        coordinator.token,
      ),
    );
    const startsAt = new Date(Math.ceil((Date.now() + 30 * MINUTE) / MINUTE) * MINUTE);
    const { scheduleMeeting } = await ok<{ scheduleMeeting: { meeting: { id: string } } }>(
      ts.gql(
        SCHEDULE_MEETING,
        {
          input: {
            kind: 'PERIODIC_BRIEFING',
            title: `Giao ban ${unique()}`,
            hostOrganizationId: gid.org(organization),
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 60 * MINUTE).toISOString(),
          },
        },
        coordinator.token,
      ),
    );
    expect(await recipients('TASK_DUE_SOON', createTask.task.id)).toEqual([]);

    await runReminders(ts.orm.em, pubsub, new Date(Date.now() + MINUTE));
    expect(await recipients('TASK_DUE_SOON', createTask.task.id)).toEqual(people);
    // Both default leads (24 hours, 1 hour) passed: one reminder each, not two.
    expect(await recipients('MEETING_REMINDER', scheduleMeeting.meeting.id)).toEqual(people);

    expect(await runReminders(ts.orm.em, pubsub, new Date(Date.now() + 2 * MINUTE))).toBe(0);
    expect(await recipients('TASK_DUE_SOON', createTask.task.id)).toEqual(people);
    expect(await recipients('MEETING_REMINDER', scheduleMeeting.meeting.id)).toEqual(people);
  });
});
