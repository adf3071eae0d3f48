/**
 * Running a meeting: agenda, start, attendance, minutes, conclusions into tasks, close; citizens of a
 * dialogue.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, unique } from '../helpers/factories.js';
import { toGlobalId } from '../../server/core/ids.js';
import { CoordinationProgram, ProgramKind } from '../../server/modules/programs/program.entity.js';
import { Task } from '../../server/modules/tasks/task.entity.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import {
  Detail,
  SetAgenda,
  TaskLink,
  org,
  person,
  schedule,
  ts,
  useMeetingsServer,
  user,
} from '../helpers/meetings.js';

useMeetingsServer();

const Start = graphql(`
  mutation MeetingsStart($input: MeetingIdInput!) { startMeeting(input: $input) { meeting { id status } } }
`);

const Attendance = graphql(`
  mutation MeetingsAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      meeting { id citizenCount attendingOrganizations { id } invitations { id attendance } }
    }
  }
`);

const Minutes = graphql(`
  mutation MeetingsMinutes($input: RecordMinutesInput!) {
    recordMinutes(input: $input) { minutes { id text status approvedAt } }
  }
`);

const AddConclusion = graphql(`
  mutation MeetingsAddConclusion($input: AddConclusionInput!) {
    addConclusion(input: $input) { conclusion { id position text task { id } } }
  }
`);

const ToTask = graphql(`
  mutation MeetingsToTask($input: TurnConclusionIntoTaskInput!) {
    turnConclusionIntoTask(input: $input) {
      conclusion { id task { id } }
      task { id title dueOn sourceKind }
    }
  }
`);

const Close = graphql(`
  mutation MeetingsClose($input: CloseMeetingInput!) {
    closeMeeting(input: $input) { meeting { id status citizenCount } }
  }
`);

/** Schedules a review conference as the host's coordinator and starts it; returns its global ID. */
async function startedMeeting(): Promise<string> {
  const { meeting } = ok(await schedule({ kind: 'REVIEW_CONFERENCE' })).scheduleMeeting;
  ok(await ts.gql(Start, { input: { meetingId: meeting.id } }, user.coordinator.token));
  return meeting.id;
}

describe('running a meeting', () => {
  it('sets an agenda with presenters and a program, and replaces it as a whole', async () => {
    const em = ts.orm.em.fork();
    const program = em.create(CoordinationProgram, {
      kind: ProgramKind.COORDINATION_PROGRAM,
      code: unique('CT-'),
      title: 'Chương trình phối hợp dân vận',
      searchKey: 'chuong trinh phoi hop dan van',
      owner: org.host.id,
    });
    await em.flush();
    const { meeting } = ok(await schedule({ kind: 'REVIEW_CONFERENCE' })).scheduleMeeting;
    const id = meeting.id;
    const agenda = ok(
      await ts.gql(
        SetAgenda,
        {
          input: {
            meetingId: id,
            items: [
              { title: 'Báo cáo tổng kết', presenterOrganizationId: gid.org(org.bdv), durationMinutes: 30 },
              {
                title: 'Chương trình phối hợp',
                presenterPersonId: gid.person(person.chair),
                durationMinutes: 20,
                programId: toGlobalId('CoordinationProgram', program.id),
              },
            ],
          },
        },
        user.coordinator.token,
      ),
    ).setAgenda.meeting.agenda;
    expect(
      agenda.map((a) => [a.position, a.title, a.presenterOrganization?.id ?? a.presenterPerson?.id]),
    ).toEqual([
      [1, 'Báo cáo tổng kết', gid.org(org.bdv)],
      [2, 'Chương trình phối hợp', gid.person(person.chair)],
    ]);
    expect(agenda[1].program?.id).toBe(toGlobalId('CoordinationProgram', program.id));
    const replaced = ok(
      await ts.gql(
        SetAgenda,
        { input: { meetingId: id, items: [{ title: 'Một nội dung', durationMinutes: 15 }] } },
        user.coordinator.token,
      ),
    );
    expect(replaced.setAgenda.meeting.agenda.map((a) => a.title)).toEqual(['Một nội dung']);
  });

  it('records attendance only once started, and no citizen count outside a dialogue', async () => {
    const { meeting } = ok(await schedule({ kind: 'REVIEW_CONFERENCE' })).scheduleMeeting;
    const id = meeting.id;
    const detail = ok(await ts.gql(Detail, { id }, user.coordinator.token)).meeting;
    const entries = detail.invitations.map((inv) => ({
      invitationId: inv.id,
      attendance: (inv.organization?.id === gid.org(org.ubnd) ? 'ABSENT_EXCUSED' : 'PRESENT') as
        | 'PRESENT'
        | 'ABSENT_EXCUSED',
    }));
    const early = await ts.gql(Attendance, { input: { meetingId: id, entries } }, user.coordinator.token);
    expect(codeOf(early)).toBe('CONFLICT');
    expect(
      ok(await ts.gql(Start, { input: { meetingId: id } }, user.coordinator.token)).startMeeting.meeting
        .status,
    ).toBe('IN_PROGRESS');
    const citizens = await ts.gql(
      Attendance,
      { input: { meetingId: id, entries, citizenCount: 5 } },
      user.coordinator.token,
    );
    expect(codeOf(citizens)).toBe('BAD_USER_INPUT');
    const attended = ok(
      await ts.gql(Attendance, { input: { meetingId: id, entries } }, user.coordinator.token),
    );
    expect(attended.recordAttendance.meeting.attendingOrganizations.map((o) => o.id).toSorted()).toEqual(
      [gid.org(org.host), gid.org(org.bdv), gid.org(org.mttq)].toSorted(),
    );
  });

  it('keeps the minutes a draft until approved, then final', async () => {
    const id = await startedMeeting();
    ok(
      await ts.gql(Minutes, { input: { meetingId: id, text: 'Dự thảo\nbiên bản' } }, user.coordinator.token),
    );
    const approved = ok(
      await ts.gql(
        Minutes,
        { input: { meetingId: id, text: 'Biên bản\nhội nghị', approve: true } },
        user.coordinator.token,
      ),
    );
    expect(approved.recordMinutes.minutes).toMatchObject({ text: 'Biên bản\nhội nghị', status: 'APPROVED' });
    const afterApproval = await ts.gql(
      Minutes,
      { input: { meetingId: id, text: 'Sửa' } },
      user.coordinator.token,
    );
    expect(codeOf(afterApproval)).toBe('CONFLICT');
  });

  it('turns a conclusion into a task once, announced to its organizations, and closes the meeting as HELD', async () => {
    const id = await startedMeeting();
    ok(
      await ts.gql(
        Minutes,
        { input: { meetingId: id, text: 'Biên bản\nhội nghị', approve: true } },
        user.coordinator.token,
      ),
    );
    const conclusion = ok(
      await ts.gql(
        AddConclusion,
        { input: { meetingId: id, text: 'Ban Dân vận chủ trì tăng cường nắm tình hình Nhân dân.' } },
        user.coordinator.token,
      ),
    ).addConclusion.conclusion;
    const toTask = {
      conclusionId: conclusion.id,
      title: 'Tăng cường nắm tình hình Nhân dân',
      dueOn: '2027-06-30',
      lead: { organizationId: gid.org(org.bdv), personInChargeId: gid.person(person.chair) },
      coordinating: [{ organizationId: gid.org(org.mttq) }, { organizationId: gid.org(org.ubnd) }],
    };
    const taskEvents = ts.pubsub.subscribe('TASK_CHANGED');
    const firstTaskEvent = taskEvents.next();
    const created = ok(
      await ts.gql(ToTask, { input: toTask }, user.coordinator.token),
    ).turnConclusionIntoTask;
    // The new task is announced as given to its lead and coordinating organizations (taskAssigned subscribers).
    const event = (await firstTaskEvent).value;
    await taskEvents.return?.();
    expect(event).toMatchObject({ taskId: dbId(created.task.id), change: 'CREATED' });
    expect([...event.targetOrganizationIds].toSorted()).toEqual(
      [org.bdv.id, org.mttq.id, org.ubnd.id].toSorted(),
    );
    expect(created.task).toMatchObject({ dueOn: '2027-06-30', sourceKind: 'MEETING_CONCLUSION' });
    expect(created.conclusion.task?.id).toBe(created.task.id);
    const task = ok(await ts.gql(TaskLink, { id: created.task.id }, user.coordinator.token)).task;
    expect(task.assignments.map((a) => `${a.role} ${a.organization.id}`).toSorted()).toEqual(
      [
        `LEAD ${gid.org(org.bdv)}`,
        `COORDINATING ${gid.org(org.mttq)}`,
        `COORDINATING ${gid.org(org.ubnd)}`,
      ].toSorted(),
    );
    expect(task.sourceConclusion).toMatchObject({ id: conclusion.id, meeting: { id } });
    const stored = await ts.orm.em.fork().findOneOrFail(Task, dbId(created.task.id));
    expect(stored.sourceConclusionId).toBe(dbId(conclusion.id));
    const tasksBefore = await ts.orm.em.fork().count(Task, {});
    const twice = await ts.gql(ToTask, { input: toTask }, user.coordinator.token);
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(await ts.orm.em.fork().count(Task, {})).toBe(tasksBefore);

    const closed = ok(await ts.gql(Close, { input: { meetingId: id } }, user.coordinator.token));
    expect(closed.closeMeeting.meeting.status).toBe('HELD');
    const final = ok(await ts.gql(Detail, { id }, user.mttqMember.token)).meeting;
    expect(final).toMatchObject({ status: 'HELD', minutes: { status: 'APPROVED' } });
    expect(final.conclusions.map((c) => c.task?.id)).toEqual([created.task.id]);
  });

  it('counts the citizens of a dialogue with the people', async () => {
    const { meeting } = ok(await schedule({ kind: 'DIALOGUE_WITH_PEOPLE' })).scheduleMeeting;
    ok(await ts.gql(Start, { input: { meetingId: meeting.id } }, user.coordinator.token));
    const closed = ok(
      await ts.gql(Close, { input: { meetingId: meeting.id, citizenCount: 126 } }, user.coordinator.token),
    );
    expect(closed.closeMeeting.meeting).toMatchObject({ status: 'HELD', citizenCount: 126 });
  });
});
