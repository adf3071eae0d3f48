/**
 * Who sees a task: its assigned organizations, their parents and its program, nobody else.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { graphql } from '../generated/index.js';
import { makeOrganization, makeUser, unique, makeProgram } from '../helpers/factories.js';
import { codeOf, ok } from '../helpers/results.js';
import {
  TaskDetail,
  TaskList,
  admin,
  createTask,
  makeChain,
  makeTask,
  programGid,
  taskGid,
  today,
  ts,
  useTasksServer,
  userWith,
} from '../helpers/tasks.js';

useTasksServer();

const Node = graphql(`
  query TasksNode($id: ID!) {
    node(id: $id) { id ... on Task { title } }
  }
`);

describe('visibility', () => {
  it('shows a task to its assigned organizations, their parents and its program, and to nobody else', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const programOwner = await makeOrganization(em, { area: chain.area, name: `Ban Dân vận ${unique()}` });
    const programViewer = await userWith(Role.VIEWER, programOwner);
    const program = await makeProgram(em, programOwner);
    const task = await createTask(chain, { programId: undefined });
    const inProgram = await makeTask(em, { lead: chain.lead, dueOn: today(), program });
    const stranger = await makeUser(ts.orm);
    for (const [user, sees] of [
      [chain.member, true],
      [chain.partnerMember, true],
      [chain.provinceViewer, true],
      [chain.outsider, false],
      [stranger, false],
      [programViewer, false],
      [admin, true],
    ] as const) {
      const detail = await ts.gql(TaskDetail, { id: task.id }, user.token);
      const node = await ts.gql(Node, { id: task.id }, user.token);
      const list = ok(await ts.gql(TaskList, { filter: { search: task.title }, first: 5 }, user.token)).tasks;
      if (sees) {
        expect(ok(detail).task.id).toBe(task.id);
        expect(ok(node).node).toMatchObject({ id: task.id });
        expect(list.edges.map((e) => e.node.id)).toEqual([task.id]);
      } else {
        expect(codeOf(detail)).toBe('NOT_FOUND');
        expect(codeOf(node)).toBe('NOT_FOUND');
        expect(list.totalCount).toBe(0);
      }
    }
    // The program's organizations see its tasks; the lead's users see the task but not the program.
    expect(
      ok(await ts.gql(TaskDetail, { id: taskGid(inProgram) }, programViewer.token)).task.program,
    ).toEqual({
      id: programGid(program),
    });
    expect(
      ok(await ts.gql(TaskDetail, { id: taskGid(inProgram) }, chain.member.token)).task.program,
    ).toBeNull();
    expect(
      codeOf(
        await ts.gql(
          TaskDetail,
          { id: toGlobalId('Task', '00000000-0000-4000-8000-000000000000') },
          admin.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
