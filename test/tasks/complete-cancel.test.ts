/**
 * completeTask and cancelTask: with the version read; DONE and CANCELLED are final.
 */
import { describe, expect, it } from 'vitest';
import { gid } from '../helpers/factories.js';
import { codeOf, ok } from '../helpers/results.js';
import {
  CancelTask,
  CompleteTask,
  ReassignLead,
  ReportProgress,
  UrgeTask,
  addDays,
  createTask,
  makeChain,
  today,
  ts,
  useTasksServer,
} from '../helpers/tasks.js';

useTasksServer();

describe('completeTask and cancelTask', () => {
  it('completes with the version read, by a member of the lead, and keeps DONE final', async () => {
    const chain = await makeChain();
    const task = await createTask(chain, { startsOn: addDays(today(), -10) });
    expect(
      codeOf(
        await ts.gql(CompleteTask, { input: { taskId: task.id, expectedVersion: 2 } }, chain.member.token),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await ts.gql(
          CompleteTask,
          { input: { taskId: task.id, expectedVersion: 1, completedOn: addDays(today(), 1) } },
          chain.member.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await ts.gql(
          CompleteTask,
          { input: { taskId: task.id, expectedVersion: 1, completedOn: addDays(today(), -11) } },
          chain.member.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await ts.gql(
          CompleteTask,
          { input: { taskId: task.id, expectedVersion: 1 } },
          chain.partnerMember.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    const done = ok(
      await ts.gql(
        CompleteTask,
        { input: { taskId: task.id, expectedVersion: 1, completedOn: addDays(today(), -1) } },
        chain.member.token,
      ),
    ).completeTask.task;
    expect(done).toMatchObject({
      status: 'DONE',
      completedOn: addDays(today(), -1),
      progressPercent: 100,
      version: 2,
      deadlineBucket: 'DONE_ON_TIME',
    });
    // Final: no completing again, no cancelling, no reporting, no reassigning, no urging.
    const final = [
      await ts.gql(CompleteTask, { input: { taskId: task.id, expectedVersion: 2 } }, chain.member.token),
      await ts.gql(
        CancelTask,
        { input: { taskId: task.id, expectedVersion: 2, reason: 'Hủy' } },
        chain.coordinator.token,
      ),
      await ts.gql(
        ReportProgress,
        { input: { taskId: task.id, organizationId: gid.org(chain.lead), body: 'Thêm', percent: 100 } },
        chain.member.token,
      ),
      await ts.gql(
        ReassignLead,
        { input: { taskId: task.id, expectedVersion: 2, organizationId: gid.org(chain.partner) } },
        chain.coordinator.token,
      ),
      await ts.gql(UrgeTask, { input: { taskId: task.id, message: 'Đôn đốc' } }, chain.coordinator.token),
    ];
    expect(final.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
  });

  it('cancels with a reason, by a coordinator of the lead, and keeps CANCELLED final', async () => {
    const chain = await makeChain();
    const other = await createTask(chain);
    const cancel = (reason: string, token: string) =>
      ts.gql(CancelTask, { input: { taskId: other.id, expectedVersion: 1, reason } }, token);
    expect(codeOf(await cancel('Hủy', chain.member.token))).toBe('FORBIDDEN');
    expect(codeOf(await cancel('  ', chain.coordinator.token))).toBe('BAD_USER_INPUT');
    const cancelled = ok(await cancel('Không còn phù hợp', chain.coordinator.token)).cancelTask.task;
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      statusReason: 'Không còn phù hợp',
      version: 2,
      deadlineBucket: null,
    });
    expect(
      codeOf(
        await ts.gql(CompleteTask, { input: { taskId: other.id, expectedVersion: 2 } }, chain.member.token),
      ),
    ).toBe('CONFLICT');
  });
});
