/**
 * "What is ours to do, by deadline" (`Organization.tasks`, DUE_DATE) reads the assignments'
 * copy of their task's deadline (decision 028): the copy is made on every new assignment and
 * follows every deadline change, and the pages are the tasks in deadline order, the same as
 * the root list's, however the deadlines moved.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { gid } from '../helpers/factories.js';
import { ok } from '../helpers/results.js';
import {
  ReassignLead,
  TaskList,
  addDays,
  createTask,
  makeChain,
  makeTask,
  today,
  ts,
  useTasksServer,
  type Chain,
} from '../helpers/tasks.js';

useTasksServer();

const OrganizationTasks = graphql(`
  query TasksOrganizationTasksByDeadline($id: ID!, $first: Int, $after: String) {
    organization(id: $id) {
      tasks(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { id dueOn } }
      }
    }
  }
`);

const Extend = graphql(`
  mutation TasksExtendDeadlineForOrder($input: ExtendTaskDeadlineInput!) {
    extendTaskDeadline(input: $input) { task { id dueOn version } }
  }
`);

/** Every assignment whose copy differs from its task's deadline (none when the triggers hold). */
async function copiesOutOfStep(): Promise<unknown[]> {
  return ts.orm.em.fork().execute(
    `select ta.id from task_assignment ta join task t on t.id = ta.task_id
        where ta.task_due_on is distinct from t.due_on`,
  );
}

/** One page of `size` of the organization's tasks, after `after`. */
async function pageOf(chain: Chain, size: number, after: string | null) {
  const result = await ts.gql(
    OrganizationTasks,
    { id: gid.org(chain.lead), first: size, after },
    chain.coordinator.token,
  );
  return ok(result).organization!.tasks;
}

/** The organization's tasks, page after page of `size` (ids, in order). */
async function pagedIds(chain: Chain, size: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await pageOf(chain, size, after);
    ids.push(...page.edges.map((edge) => edge.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor ?? null;
  }
}

/** The root list of the organization's tasks in DUE_DATE order (it orders by the task's own column). */
async function rootListIds(chain: Chain): Promise<string[]> {
  const list = ok(
    await ts.gql(
      TaskList,
      { filter: { organizationId: gid.org(chain.lead) }, orderBy: 'DUE_DATE', first: 100 },
      chain.coordinator.token,
    ),
  ).tasks;
  return list.edges.map((e) => e.node.id);
}

describe('an organization’s tasks by deadline', () => {
  it('copies the deadline into new assignments and follows every change, so pages keep deadline order', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const t = today();
    for (const days of [9, -4, 9, 30, 1]) {
      await makeTask(em, { lead: chain.lead, coordinating: [chain.partner], dueOn: addDays(t, days) });
    }
    const api = await createTask(chain, { dueOn: addDays(t, 5) });
    expect(await copiesOutOfStep()).toEqual([]);

    // The deadline moves past the others: the copy follows and the task moves to the end.
    ok(
      await ts.gql(
        Extend,
        {
          input: {
            taskId: api.id,
            expectedVersion: api.version,
            dueOn: addDays(t, 60),
            reason: 'Chờ số liệu',
          },
        },
        chain.coordinator.token,
      ),
    );
    // A new assignment (another task's lead handed on) takes its task's current deadline.
    const other = await createTask(chain, { dueOn: addDays(t, 2) });
    ok(
      await ts.gql(
        ReassignLead,
        {
          input: { taskId: other.id, expectedVersion: other.version, organizationId: gid.org(chain.partner) },
        },
        chain.coordinator.token,
      ),
    );
    expect(await copiesOutOfStep()).toEqual([]);

    const expected = await rootListIds(chain);
    expect(expected.length).toBeGreaterThanOrEqual(6);
    expect(expected.at(-1)).toBe(api.id);
    for (const size of [1, 2, 4, 50])
      expect(await pagedIds(chain, size), `pages of ${size}`).toEqual(expected);
  });

  it('changes the copy of every assignment of a task, and of no other task', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const moved = await makeTask(em, {
      lead: chain.lead,
      coordinating: [chain.partner],
      dueOn: addDays(today(), 3),
    });
    const still = await makeTask(em, {
      lead: chain.lead,
      coordinating: [chain.partner],
      dueOn: addDays(today(), 3),
    });
    await em.execute('update task set due_on = ?::date where id = ?', [addDays(today(), 40), moved.id]);
    const copies = await em.execute<{ task_id: string; task_due_on: string }[]>(
      `select task_id, task_due_on::text from task_assignment where task_id = any(?::uuid[]) order by task_id`,
      [`{${moved.id},${still.id}}`],
    );
    const byTask = (id: string) => copies.filter((c) => c.task_id === id).map((c) => c.task_due_on);
    expect(byTask(moved.id)).toEqual([addDays(today(), 40), addDays(today(), 40)]);
    expect(byTask(still.id)).toEqual([addDays(today(), 3), addDays(today(), 3)]);
  });
});
