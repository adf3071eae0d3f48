/*
 * Reads select the columns the query reads (decision 031), over HTTP: a list
 * whose selection names plain fields and declared resolver fields reads only
 * those columns; a field whose resolver declares nothing reads whole rows; an
 * organization read with a few columns along with assignments is never served
 * where the whole record is asked for, in the same request.
 */
import { describe, expect, test } from 'vitest';
import { Role } from '../server/core/access.js';
import { toGlobalId } from '../server/core/ids.js';
import { makeArea, makeOrganization, makeProgram, makeUserWith } from './helpers/factories.js';
import { makeTask } from './helpers/tasks.js';
import { useTestServer } from './helpers/server.js';

const ts = useTestServer();

async function programWithTasks() {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const owner = await makeOrganization(em, { area });
  const partner = await makeOrganization(em, { area });
  const program = await makeProgram(em, owner);
  for (let i = 0; i < 3; i++) {
    await makeTask(em, { lead: owner, coordinating: [partner], program, dueOn: `2027-02-0${i + 1}` });
  }
  const reader = await makeUserWith(ts.orm, owner.id, Role.VIEWER);
  return { owner, partner, program, reader, id: toGlobalId('CoordinationProgram', program.id) };
}

/** The statements of one run of `query` (after a first run prepares it), and its answer. */
async function statementsOf<T>(query: string, variables: Record<string, unknown>, token: string) {
  await ts.gql<T>(query, variables, token);
  ts.sql.reset();
  const result = await ts.gql<T>(query, variables, token);
  expect(result.errors).toBeUndefined();
  return { data: result.data!, statements: [...ts.sql.statements] };
}

const statementOn = (statements: string[], table: string) => {
  const found = statements.find((s) => s.includes(table));
  expect(found, statements.join('\n---\n')).toBeDefined();
  return found!;
};

const TASKS = `query($id: ID!) { node(id: $id) { ... on CoordinationProgram {
  tasks(first: 5) { edges { node { ...TaskTitle assignments { role organization { id name } } } } }
} } }
fragment TaskTitle on Task { id title dueOn }`;

interface Tasks {
  node: {
    tasks: {
      edges: {
        node: {
          title: string;
          dueOn: string;
          assignments: { role: string; organization: { id: string; name: string } }[];
        };
      }[];
    };
  };
}

describe('reads select the columns the query reads', () => {
  test('a page of tasks reads only the selected columns, and their organizations only id and name', async () => {
    const { owner, partner, reader, id } = await programWithTasks();
    const { data, statements } = await statementsOf<Tasks>(TASKS, { id }, reader.token);
    const tasks = statementOn(statements, 'from task t');
    expect(tasks).toMatch(/select t\."due_on", t\."id", t\."title", true as rp_row/);
    expect(tasks).not.toContain('t.*');
    expect(tasks, 'no cursor selected: no sort keys read as text').not.toContain('rp_k0');
    const assignments = statementOn(statements, 'from "task_assignment"');
    expect(assignments).toContain(`json_build_object('id', ref."id", 'name', ref."name")`);
    expect(assignments).not.toContain('select * from "task_assignment"');
    expect(data.node.tasks.edges.map((e) => e.node.dueOn)).toEqual([
      '2027-02-01',
      '2027-02-02',
      '2027-02-03',
    ]);
    for (const edge of data.node.tasks.edges) {
      expect(edge.node.title).toMatch(/^Nhiệm vụ/);
      expect(edge.node.assignments).toEqual([
        { role: 'LEAD', organization: { id: toGlobalId('Organization', owner.id), name: owner.name } },
        {
          role: 'COORDINATING',
          organization: { id: toGlobalId('Organization', partner.id), name: partner.name },
        },
      ]);
    }
  });

  test('a field whose resolver declares nothing reads whole rows', async () => {
    const { reader, id } = await programWithTasks();
    const query = `query($id: ID!) { node(id: $id) { ... on CoordinationProgram {
      tasks(first: 5) { edges { cursor node { title viewerCan { manage } } } }
    } } }`;
    const { data, statements } = await statementsOf<{
      node: { tasks: { edges: { node: { viewerCan: { manage: boolean } } }[] } };
    }>(query, { id }, reader.token);
    const tasks = statementOn(statements, 'from task t');
    expect(tasks).toContain('select t.*, true as rp_row');
    expect(tasks, 'a cursor selected: its sort keys read').toContain('rp_k0');
    expect(data.node.tasks.edges).toHaveLength(3);
  });

  test('an organization read with a few columns is not served where its whole record is asked for', async () => {
    const { owner, partner, reader, id } = await programWithTasks();
    // The outer assignments prime their organizations with { id } only; the inner ones, read
    // later in the same request, ask for them whole (`parent` declares no reads).
    const query = `query($id: ID!) { node(id: $id) { ... on CoordinationProgram {
      tasks(first: 5) { edges { node { assignments {
        organization { id }
        task { assignments { organization { id code name kind status parent { id } } } }
      } } } }
    } } }`;
    const { data } = await statementsOf<{
      node: {
        tasks: {
          edges: {
            node: { assignments: { task: { assignments: { organization: Record<string, unknown> }[] } }[] };
          }[];
        };
      };
    }>(query, { id }, reader.token);
    const whole = (org: typeof owner) => ({
      id: toGlobalId('Organization', org.id),
      code: org.code,
      name: org.name,
      kind: org.kind,
      status: org.status,
      parent: null,
    });
    const seen = data.node.tasks.edges.flatMap((e) =>
      e.node.assignments.flatMap((a) => a.task.assignments.map((inner) => inner.organization)),
    );
    expect(seen).toHaveLength(12);
    for (let i = 0; i < seen.length; i += 2)
      expect(seen.slice(i, i + 2)).toEqual([whole(owner), whole(partner)]);
  });

  test('a task list and the lead among the same assignments cost one statement', async () => {
    const { owner, reader, id } = await programWithTasks();
    const query = `query($id: ID!) { node(id: $id) { ... on CoordinationProgram {
      tasks(first: 5) { edges { node {
        assignments { organization { name } }
        leadAssignment { role organization { id code } }
      } } }
    } } }`;
    const { data, statements } = await statementsOf<{
      node: {
        tasks: { edges: { node: { leadAssignment: { role: string; organization: { code: string } } } }[] };
      };
    }>(query, { id }, reader.token);
    expect(statements.filter((s) => s.includes('task_assignment') && s.includes('json_agg'))).toHaveLength(1);
    // Each selection's organizations come primed from that statement: none read on their own.
    expect(statements.filter((s) => s.includes('from "organization" where id = any'))).toEqual([]);
    for (const edge of data.node.tasks.edges) {
      expect(edge.node.leadAssignment).toEqual({
        role: 'LEAD',
        organization: { id: expect.any(String), code: owner.code },
      });
    }
  });
});
