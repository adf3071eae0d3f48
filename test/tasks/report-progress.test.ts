/**
 * reportTaskProgress: reports from assigned organizations move the task; bad reports write nothing.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid, makeOrganization } from '../helpers/factories.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import {
  ReportProgress,
  TaskDetail,
  addDays,
  countRows,
  createTask,
  makeChain,
  today,
  ts,
  useTasksServer,
} from '../helpers/tasks.js';

useTasksServer();

const AssignmentProgress = graphql(`
  query TasksAssignmentProgress($id: ID!) {
    task(id: $id) {
      progressPercent
      assignments { role dueOn progress reportedAt organization { id } }
    }
  }
`);

describe('reportTaskProgress', () => {
  it('records reports from assigned organizations and moves the task', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const first = ok(
      await ts.gql(
        ReportProgress,
        {
          input: {
            taskId: task.id,
            organizationId: gid.org(chain.partner),
            body: 'Đã họp phối hợp',
            percent: 20,
          },
        },
        chain.partnerMember.token,
      ),
    ).reportTaskProgress;
    // A coordinating organization's report starts the task but does not set the lead's progress.
    expect(first.task).toMatchObject({ status: 'IN_PROGRESS', progressPercent: 0, version: 2 });
    expect(first.report).toMatchObject({
      body: 'Đã họp phối hợp',
      percent: 20,
      newStatus: null,
      reportedOn: today(),
      organization: { id: gid.org(chain.partner) },
      author: { id: gid.person(chain.partnerMember.person) },
    });
    const blocked = ok(
      await ts.gql(
        ReportProgress,
        {
          input: {
            taskId: task.id,
            organizationId: gid.org(chain.lead),
            body: 'Vướng mặt bằng',
            percent: 30,
            newStatus: 'BLOCKED',
            reportedOn: addDays(today(), -1),
          },
        },
        chain.member.token,
      ),
    ).reportTaskProgress;
    expect(blocked.task).toMatchObject({ status: 'BLOCKED', progressPercent: 30 });
    const done = ok(
      await ts.gql(
        ReportProgress,
        {
          input: {
            taskId: task.id,
            organizationId: gid.org(chain.lead),
            body: 'Xong',
            percent: 100,
            newStatus: 'DONE',
          },
        },
        chain.member.token,
      ),
    ).reportTaskProgress;
    expect(done.task).toMatchObject({
      status: 'DONE',
      completedOn: today(),
      progressPercent: 100,
      deadlineBucket: 'DONE_ON_TIME',
    });
    // Newest first, paged.
    const page1 = ok(await ts.gql(TaskDetail, { id: task.id, reports: 2 }, chain.member.token)).task.reports;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e) => e.node.body)).toEqual(['Xong', 'Đã họp phối hợp']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(
      await ts.gql(
        TaskDetail,
        { id: task.id, reports: 2, after: page1.pageInfo.endCursor },
        chain.member.token,
      ),
    ).task.reports;
    expect(page2.edges.map((e) => e.node.body)).toEqual(['Vướng mặt bằng']);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(page2.totalCount).toBe(3);
  });

  it("keeps each organization's own progress on its assignment; the task's is the lead's", async () => {
    const chain = await makeChain();
    const task = await createTask(chain, {
      coordinating: [{ organizationId: gid.org(chain.partner), dueOn: addDays(today(), 10) }],
    });
    const report = (organization: { id: string }, percent: number, token: string) =>
      ts.gql(
        ReportProgress,
        { input: { taskId: task.id, organizationId: gid.org(organization), body: 'Tiến độ', percent } },
        token,
      );
    ok(await report(chain.lead, 40, chain.member.token));
    const before = ok(await ts.gql(AssignmentProgress, { id: task.id }, chain.member.token)).task;
    expect(before.progressPercent).toBe(40);
    expect(before.assignments.find((a) => a.role === 'COORDINATING')).toMatchObject({
      progress: null,
      reportedAt: null,
      dueOn: addDays(today(), 10),
    });
    ok(await report(chain.partner, 90, chain.partnerMember.token));
    const after = ok(await ts.gql(AssignmentProgress, { id: task.id }, chain.member.token)).task;
    expect(after.progressPercent).toBe(40);
    const byRole = Object.fromEntries(after.assignments.map((a) => [a.role, a]));
    expect(byRole.LEAD).toMatchObject({ progress: 40, organization: { id: gid.org(chain.lead) } });
    expect(byRole.COORDINATING).toMatchObject({ progress: 90, organization: { id: gid.org(chain.partner) } });
    expect(Date.parse(byRole.COORDINATING.reportedAt as string)).toBeGreaterThan(
      Date.parse(byRole.LEAD.reportedAt as string),
    );
  });

  it('refuses bad reports with typed errors and writes nothing', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const em = ts.orm.em.fork();
    const outsiderOrg = await makeOrganization(em, { area: chain.area, parent: chain.province });
    const report = (input: Record<string, unknown>, token: string) =>
      ts.gql(
        ReportProgress,
        {
          input: {
            taskId: task.id,
            organizationId: gid.org(chain.partner),
            body: 'Báo cáo',
            percent: 10,
            ...input,
          } as never,
        },
        token,
      );
    const cases: [Record<string, unknown>, string, string][] = [
      [{ percent: 101 }, chain.partnerMember.token, 'BAD_USER_INPUT'],
      [{ percent: -1 }, chain.partnerMember.token, 'BAD_USER_INPUT'],
      [{ body: ' ' }, chain.partnerMember.token, 'BAD_USER_INPUT'],
      [{ reportedOn: addDays(today(), 2) }, chain.partnerMember.token, 'BAD_USER_INPUT'],
      [{ newStatus: 'CANCELLED' }, chain.partnerMember.token, 'BAD_USER_INPUT'],
      // Not assigned: CONFLICT "not assigned".
      [{ organizationId: gid.org(outsiderOrg) }, chain.partnerMember.token, 'CONFLICT'],
      // Assigned, but the viewer is MEMBER on the lead, not on the partner.
      [{}, chain.member.token, 'FORBIDDEN'],
      // DONE needs the complete right (MEMBER on the lead).
      [{ newStatus: 'DONE' }, chain.partnerMember.token, 'FORBIDDEN'],
      [{}, chain.provinceViewer.token, 'FORBIDDEN'],
      [{}, chain.outsider.token, 'NOT_FOUND'],
    ];
    for (const [input, token, code] of cases) {
      expect(codeOf(await report(input, token)), JSON.stringify(input)).toBe(code);
    }
    const conflict = await report({ organizationId: gid.org(outsiderOrg) }, chain.partnerMember.token);
    expect(conflict.errors![0].message).toMatch(/not assigned/);
    expect(await countRows('progress_report', dbId(task.id))).toBe(0);
    const detail = ok(await ts.gql(TaskDetail, { id: task.id }, chain.member.token)).task;
    expect(detail).toMatchObject({ status: 'NOT_STARTED', version: 1, progressPercent: 0 });
  });
});
