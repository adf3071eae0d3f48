/**
 * Parallel clients: concurrent reports all recorded (the task row is locked); one of concurrent edits
 * with one version wins.
 */
import { describe, expect, it } from 'vitest';
import { AssignmentRole, TaskAssignment } from '../../server/modules/tasks/assignment.entity.js';
import { gid, makeOrganization } from '../helpers/factories.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import {
  CancelTask,
  CompleteTask,
  ReassignLead,
  ReportProgress,
  TaskDetail,
  countRows,
  createTask,
  makeChain,
  ts,
  useTasksServer,
} from '../helpers/tasks.js';

useTasksServer();

describe('optimistic locking with parallel clients', () => {
  it('records every one of concurrent reports (the task row is locked, not lost)', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        ts.gql(
          ReportProgress,
          {
            input: {
              taskId: task.id,
              organizationId: gid.org(i % 2 ? chain.lead : chain.partner),
              body: `Báo cáo ${i}`,
              percent: 10 * i,
            },
          },
          i % 2 ? chain.member.token : chain.partnerMember.token,
        ),
      ),
    );
    for (const result of results) ok(result);
    expect(await countRows('progress_report', dbId(task.id))).toBe(6);
    const detail = ok(await ts.gql(TaskDetail, { id: task.id }, chain.member.token)).task;
    expect(detail.version).toBe(7);
    expect(detail.reports.totalCount).toBe(6);
  });

  it('lets exactly one of concurrent edits with the same version win; the others get CONFLICT', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const targets = await Promise.all(
      Array.from({ length: 4 }, () => makeOrganization(em, { area: chain.area, parent: chain.province })),
    );
    const task = await createTask(chain);
    const reassign = await Promise.all(
      targets.map((org) =>
        ts.gql(
          ReassignLead,
          { input: { taskId: task.id, expectedVersion: 1, organizationId: gid.org(org) } },
          chain.coordinator.token,
        ),
      ),
    );
    expect(reassign.filter((r) => !r.errors)).toHaveLength(1);
    expect(reassign.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    const rows = await em
      .fork()
      .find(TaskAssignment, { task: dbId(task.id), role: AssignmentRole.LEAD, endedOn: null });
    expect(rows).toHaveLength(1);

    const other = await createTask(chain);
    const race = await Promise.all([
      ts.gql(CompleteTask, { input: { taskId: other.id, expectedVersion: 1 } }, chain.member.token),
      ts.gql(
        CancelTask,
        { input: { taskId: other.id, expectedVersion: 1, reason: 'Hủy' } },
        chain.coordinator.token,
      ),
      ts.gql(CompleteTask, { input: { taskId: other.id, expectedVersion: 1 } }, chain.coordinator.token),
    ]);
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
    expect(race.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
  });
});
