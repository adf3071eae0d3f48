/**
 * extendTaskDeadline ("gia hạn") and updateTask: who may, what the history keeps, bad input refused.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { fails, ok } from '../helpers/results.js';
import {
  addDays,
  createTask,
  makeChain,
  makeTask,
  taskGid,
  today,
  ts,
  useTasksServer,
} from '../helpers/tasks.js';
import { TaskStatus } from '../../server/modules/tasks/task.entity.js';

useTasksServer();

const Extend = graphql(`
  mutation TasksExtendDeadline($input: ExtendTaskDeadlineInput!) {
    extendTaskDeadline(input: $input) { task { id dueOn version deadlineBucket } }
  }
`);

const Update = graphql(`
  mutation TasksUpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) { task { id title description dueOn version } }
  }
`);

const History = graphql(`
  query TasksDeadlineHistory($id: ID!) {
    task(id: $id) {
      dueOn version deadlineBucket
      deadlineChanges { previousDueOn dueOn reason createdAt }
      viewerCan { edit extendDeadline }
    }
  }
`);

describe('extendTaskDeadline', () => {
  it('gives an overdue task more time, with the reason kept in its history', async () => {
    const chain = await makeChain();
    const overdue = await makeTask(ts.orm.em.fork(), {
      lead: chain.lead,
      coordinating: [chain.partner],
      dueOn: addDays(today(), -3),
      status: TaskStatus.IN_PROGRESS,
    });
    const id = taskGid(overdue);
    const before = ok(await ts.gql(History, { id }, chain.coordinator.token)).task;
    expect(before).toMatchObject({ deadlineBucket: 'OVERDUE', deadlineChanges: [] });
    expect(before.viewerCan).toEqual({ edit: true, extendDeadline: true });
    const dueOn = addDays(today(), 14);
    const extended = ok(
      await ts.gql(
        Extend,
        { input: { taskId: id, expectedVersion: before.version, dueOn, reason: 'Chờ ý kiến Sở Nội vụ' } },
        chain.coordinator.token,
      ),
    ).extendTaskDeadline.task;
    expect(extended).toMatchObject({
      dueOn,
      version: before.version + 1,
      deadlineBucket: 'OPEN_WITHIN_DEADLINE',
    });
    const after = ok(await ts.gql(History, { id }, chain.partnerMember.token)).task;
    expect(after.deadlineChanges).toMatchObject([
      { previousDueOn: addDays(today(), -3), dueOn, reason: 'Chờ ý kiến Sở Nội vụ' },
    ]);
    expect(after.viewerCan).toEqual({ edit: false, extendDeadline: false });
  });

  it('refuses an earlier deadline, a blank reason, a stale version, a closed task and the unauthorized', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const extend = (input: Record<string, unknown>, token = chain.coordinator.token) =>
      ts.gql(
        Extend,
        {
          input: {
            taskId: task.id,
            expectedVersion: 1,
            dueOn: addDays(today(), 60),
            reason: 'Lý do',
            ...input,
          } as never,
        },
        token,
      );
    fails(await extend({ dueOn: addDays(today(), 30) }), 'BAD_USER_INPUT', 'dueOn', 'same day');
    fails(await extend({ dueOn: addDays(today(), 5) }), 'BAD_USER_INPUT', 'dueOn', 'earlier');
    fails(await extend({ reason: '   ' }), 'BAD_USER_INPUT', undefined, 'blank reason');
    const stale = await extend({ expectedVersion: 7 });
    fails(stale, 'CONFLICT', 'expectedVersion', 'stale');
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(1);
    fails(await extend({}, chain.partnerMember.token), 'FORBIDDEN', undefined, 'partner');
    fails(await extend({}, chain.outsider.token), 'NOT_FOUND', undefined, 'outsider');
    const history = ok(await ts.gql(History, { id: task.id }, chain.coordinator.token)).task;
    expect(history).toMatchObject({ dueOn: addDays(today(), 30), version: 1, deadlineChanges: [] });
    const done = await makeTask(ts.orm.em.fork(), {
      lead: chain.lead,
      dueOn: addDays(today(), -3),
      status: TaskStatus.DONE,
      completedOn: addDays(today(), -4),
    });
    fails(await extend({ taskId: taskGid(done) }), 'CONFLICT', undefined, 'done');
  });
});

describe('updateTask', () => {
  it('edits title and description and corrects the deadline into the history', async () => {
    const chain = await makeChain();
    const task = await createTask(chain, { description: 'Cũ' });
    const updated = ok(
      await ts.gql(
        Update,
        {
          input: {
            taskId: task.id,
            expectedVersion: 1,
            title: '  Tổ chức   hội nghị ',
            description: '',
            dueOn: addDays(today(), 20),
          },
        },
        chain.coordinator.token,
      ),
    ).updateTask.task;
    expect(updated).toMatchObject({
      title: 'Tổ chức hội nghị',
      description: null,
      dueOn: addDays(today(), 20),
      version: 2,
    });
    const history = ok(await ts.gql(History, { id: task.id }, chain.coordinator.token)).task;
    expect(history.deadlineChanges).toMatchObject([
      { previousDueOn: addDays(today(), 30), dueOn: addDays(today(), 20), reason: null },
    ]);
    const titleOnly = ok(
      await ts.gql(
        Update,
        { input: { taskId: task.id, expectedVersion: 2, title: 'Khác' } },
        chain.coordinator.token,
      ),
    ).updateTask.task;
    expect(titleOnly).toMatchObject({ title: 'Khác', description: null, dueOn: addDays(today(), 20) });
    fails(
      await ts.gql(
        Update,
        { input: { taskId: task.id, expectedVersion: 3, title: 'X' } },
        chain.member.token,
      ),
      'FORBIDDEN',
    );
    fails(
      await ts.gql(
        Update,
        { input: { taskId: task.id, expectedVersion: 3, title: 'x'.repeat(501) } },
        chain.coordinator.token,
      ),
      'BAD_USER_INPUT',
      'title',
    );
  });
});
