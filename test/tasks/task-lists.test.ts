/**
 * Task lists: filters by role, status, dates, program and search, paged in every order.
 */
import { describe, expect, it } from 'vitest';
import { Task, TaskPriority, TaskStatus } from '../../server/modules/tasks/task.entity.js';
import { gid, makeProgram } from '../helpers/factories.js';
import { codeOf, dbId, ok } from '../helpers/results.js';
import {
  TaskList,
  addDays,
  makeChain,
  makeTask,
  programGid,
  today,
  ts,
  useTasksServer,
} from '../helpers/tasks.js';

useTasksServer();

/** Database ids of a task list's nodes, in order. */
const ids = (r: { tasks: { edges: { node: { id: string } }[] } }) =>
  r.tasks.edges.map((e) => dbId(e.node.id));

describe('task lists', () => {
  it('filters by role, status, dates, program and search, and pages in every order', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const program = await makeProgram(em, chain.lead);
    const t = today();
    const a = await makeTask(em, {
      lead: chain.lead,
      dueOn: addDays(t, 3),
      priority: TaskPriority.LOW,
      title: 'Tuyên truyền pháp luật',
    });
    const b = await makeTask(em, {
      lead: chain.partner,
      coordinating: [chain.lead],
      dueOn: addDays(t, 1),
      priority: TaskPriority.URGENT,
      title: 'Giám sát phản biện xã hội',
    });
    const c = await makeTask(em, {
      lead: chain.lead,
      dueOn: addDays(t, 1),
      priority: TaskPriority.HIGH,
      program,
      title: 'Đối thoại với Nhân dân',
      status: TaskStatus.IN_PROGRESS,
    });
    const d = await makeTask(em, {
      lead: chain.lead,
      dueOn: addDays(t, 7),
      priority: TaskPriority.HIGH,
      title: 'Dân vận khéo',
    });
    const list = async (variables: Record<string, unknown>, token = chain.member.token) =>
      ok(await ts.gql(TaskList, { first: 50, ...variables } as never, token));
    const lead = gid.org(chain.lead);
    expect(ids(await list({ filter: { organizationId: lead, role: 'LEAD' } })).toSorted()).toEqual(
      [a.id, c.id, d.id].toSorted(),
    );
    expect(ids(await list({ filter: { organizationId: lead, role: 'COORDINATING' } }))).toEqual([b.id]);
    expect(ids(await list({ filter: { organizationId: lead, status: ['IN_PROGRESS'] } }))).toEqual([c.id]);
    expect(ids(await list({ filter: { organizationId: lead, programId: programGid(program) } }))).toEqual([
      c.id,
    ]);
    expect(ids(await list({ filter: { organizationId: lead, search: 'doi thoai' } }))).toEqual([c.id]);
    expect(ids(await list({ filter: { organizationId: lead, search: 'DÂN VẬN' } }))).toEqual([d.id]);
    expect(
      ids(
        await list({ filter: { organizationId: lead, dueAfter: addDays(t, 2), dueBefore: addDays(t, 3) } }),
      ),
    ).toEqual([a.id]);
    // Orders: by deadline then id; by priority; by last change.
    const byDue = ids(await list({ filter: { organizationId: lead } }));
    expect(byDue.slice(2)).toEqual([a.id, d.id]);
    expect(byDue.slice(0, 2).toSorted()).toEqual([b.id, c.id].toSorted());
    expect(ids(await list({ filter: { organizationId: lead }, orderBy: 'PRIORITY' }))).toEqual([
      b.id,
      c.id,
      d.id,
      a.id,
    ]);
    await em.nativeUpdate(Task, { id: a.id }, { updatedAt: new Date(Date.now() + 60_000) });
    expect(ids(await list({ filter: { organizationId: lead }, orderBy: 'UPDATED_AT' }))[0]).toBe(a.id);
    // Paging one by one gives the same order, in every ordering.
    for (const orderBy of ['DUE_DATE', 'PRIORITY', 'UPDATED_AT']) {
      const all = ids(await list({ filter: { organizationId: lead }, orderBy }));
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: {
          tasks: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor?: string | null };
            edges: { node: { id: string } }[];
          };
        } = await list({ filter: { organizationId: lead }, orderBy, first: 1, after });
        expect(page.tasks.totalCount).toBe(4);
        paged.push(...ids(page));
        if (!page.tasks.pageInfo.hasNextPage) break;
        after = page.tasks.pageInfo.endCursor ?? null;
      }
      expect(paged, orderBy).toEqual(all);
    }
    expect(codeOf(await ts.gql(TaskList, { first: 5, after: 'not-a-cursor' }, chain.member.token))).toBe(
      'BAD_USER_INPUT',
    );
    const wrongShape = Buffer.from(JSON.stringify(['2026-13-45', 'x'])).toString('base64url');
    expect(codeOf(await ts.gql(TaskList, { first: 5, after: wrongShape }, chain.member.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await ts.gql(TaskList, { first: 0 }, chain.member.token))).toBe('BAD_USER_INPUT');
  });
});
