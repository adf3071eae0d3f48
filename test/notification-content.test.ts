/**
 * What the inbox says (issue 14): nobody is told of their own action, overdue
 * items point at their task, and titles write dates the Vietnamese way.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { toGlobalId } from '../server/core/ids.js';
import { todayInVietnam, vietnameseDate, vietnameseDateTime } from '../server/core/scalars.js';
import { foldForSearch } from '../server/core/text.js';
import { runReminders } from '../server/modules/notifications/reminders/scheduler.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { AssignmentRole, TaskAssignment } from '../server/modules/tasks/assignment.entity.js';
import { Task, TaskStatus } from '../server/modules/tasks/task.entity.js';
import { graphql } from './generated/index.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique, type TestUser } from './helpers/factories.js';
import { ok } from './helpers/results.js';
import { useTestServer } from './helpers/server.js';

const Inbox = graphql(`
  query ContentInbox {
    notifications(first: 50) { edges { node { kind title subjectType subjectId } } }
  }
`);

const CreateTask = graphql(`
  mutation ContentCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { task { id } }
  }
`);

const UrgeTask = graphql(`
  mutation ContentUrgeTask($input: UrgeTaskInput!) {
    urgeTask(input: $input) { followUp { id } }
  }
`);

const ts = useTestServer();

async function agency(): Promise<Organization> {
  const em = ts.orm.em.fork();
  return makeOrganization(em, { area: await makeArea(em), name: `Cơ quan ${unique()}` });
}

const inbox = async (user: TestUser) =>
  ok(await ts.gql(Inbox, {}, user.token)).notifications.edges.map((e) => e.node);

describe('the inbox', () => {
  it('does not tell people of their own actions, only the others concerned', async () => {
    const a = await agency();
    const coordinator = await makeUserWith(ts.orm, a.id, Role.COORDINATOR);
    const colleague = await makeUserWith(ts.orm, a.id, Role.VIEWER);
    const task = ok(
      await ts.gql(
        CreateTask,
        {
          input: {
            title: `Nhiệm vụ ${unique()}`,
            dueOn: todayInVietnam(new Date(Date.now() + 30 * 86_400_000)),
            lead: { organizationId: gid.org(a) },
          },
        },
        coordinator.token,
      ),
    ).createTask.task;
    ok(
      await ts.gql(
        UrgeTask,
        { input: { taskId: task.id, message: 'Đề nghị khẩn trương' } },
        coordinator.token,
      ),
    );
    const about = (items: { subjectId: string; kind: string }[]) =>
      items.filter((n) => n.subjectId === task.id).map((n) => n.kind);
    expect(about(await inbox(coordinator))).toEqual([]);
    expect(about(await inbox(colleague))).toEqual(['TASK_URGED', 'TASK_ASSIGNED']);
  });

  it('links an overdue task to the task and writes its deadline as 30/06/2026', async () => {
    const a = await agency();
    const member = await makeUserWith(ts.orm, a.id, Role.MEMBER);
    const em = ts.orm.em.fork();
    const dueOn = todayInVietnam(new Date(Date.now() - 2 * 86_400_000));
    const title = `Nhiệm vụ ${unique()}`;
    const task = em.create(Task, {
      title,
      searchKey: foldForSearch(title),
      dueOn,
      status: TaskStatus.IN_PROGRESS,
    });
    em.create(TaskAssignment, { task, organization: a, role: AssignmentRole.LEAD, assignedOn: dueOn });
    await em.flush();
    await runReminders(ts.orm.em, ts.pubsub);
    const overdue = (await inbox(member)).find((n) => n.kind === 'TASK_OVERDUE');
    const [y, m, d] = dueOn.split('-');
    expect(overdue).toEqual({
      kind: 'TASK_OVERDUE',
      title: `Quá hạn (${d}/${m}/${y}): ${title}`,
      subjectType: 'Task',
      subjectId: toGlobalId('Task', task.id),
    });
  });

  it('writes dates and times the Vietnamese administrative way', () => {
    expect(vietnameseDate('2026-06-30')).toBe('30/06/2026');
    expect(vietnameseDateTime(new Date('2026-12-07T01:00:00Z'))).toBe('08:00, Thứ Hai, 07/12/2026');
    expect(vietnameseDateTime(new Date('2026-12-02T15:20:00Z'))).toBe('22:20, Thứ Tư, 02/12/2026');
  });
});
