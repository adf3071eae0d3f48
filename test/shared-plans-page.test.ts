/*
 * The shared-plans page (issue 11) over HTTP: a constant, small number of SQL
 * statements whatever the number of programs, tasks and assignments; counts
 * only when `totalCount` is asked for; nested pages cut at `first` and
 * continued by cursor.
 */
import { describe, expect, test } from 'vitest';
import { Role } from '../server/core/access.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { SHARED_PLANS } from './bench/queries.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique } from './helpers/factories.js';
import { useTestServer } from './helpers/server.js';

const ts = useTestServer();

interface Named {
  id: string;
  name: string;
}
interface SharedPlans {
  organization: {
    programs: {
      totalCount?: number;
      pageInfo?: { endCursor: string | null; hasNextPage: boolean };
      edges: {
        node: {
          code: string;
          leadOrganization: Named | null;
          participants: { role: string; organization: Named }[];
          tasks: {
            totalCount?: number;
            pageInfo?: { endCursor: string | null; hasNextPage: boolean };
            edges: { node: { title: string; assignments: { role: string; organization: Named }[] } }[];
          };
        };
      }[];
    };
  };
}

/** An agency leading programs with partners, each program with tasks assigned to it and to one other agency. */
async function agency() {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const lead = await makeOrganization(em, { area });
  const partners: Organization[] = [];
  for (let i = 0; i < 4; i++) partners.push(await makeOrganization(em, { area }));
  const viewer = await makeUserWith(ts.orm, lead.id, Role.VIEWER);
  const tag = unique('SP-');
  const execute = (sql: string, params: unknown[]) => em.getConnection().execute(sql, params);
  /** Adds `count` programs of `tasks` tasks each. */
  const addPrograms = async (count: number, tasks: number) => {
    const ids = (await execute(
      `insert into coordination_program (id, created_at, updated_at, kind, code, title, search_key, status, owner_id)
       select gen_random_uuid(), now(), now(), 'PLAN', ? || '-' || gen_random_uuid(), 'Kế hoạch', 'ke hoach', 'ACTIVE', ?
         from generate_series(1, ?) returning id`,
      [tag, lead.id, count],
    )) as { id: string }[];
    const programIds = `{${ids.map((r) => r.id).join(',')}}`;
    await execute(
      `insert into program_participant (id, created_at, updated_at, program_id, organization_id, role, joined_on)
       select gen_random_uuid(), now(), now(), p, o, case when o = ?::uuid then 'LEAD' else 'PARTNER' end, '2026-01-01'
         from unnest(?::uuid[]) p, unnest(?::uuid[]) o`,
      [lead.id, programIds, `{${[lead.id, partners[0].id, partners[1].id].join(',')}}`],
    );
    const taskIds = (await execute(
      `insert into task (id, created_at, updated_at, title, search_key, program_id, due_on, status)
       select gen_random_uuid(), now(), now(), 'Việc ' || g, 'viec', p, date '2027-01-01' + g, 'IN_PROGRESS'
         from unnest(?::uuid[]) p, generate_series(1, ?) g returning id`,
      [programIds, tasks],
    )) as { id: string }[];
    // The lead, and one of the partners that do not take part in the programs.
    await execute(
      `insert into task_assignment (id, created_at, updated_at, task_id, organization_id, role, assigned_on)
       select gen_random_uuid(), now(), now(), t, ?, 'LEAD', date '2026-01-01' from unnest(?::uuid[]) t
       union all
       select gen_random_uuid(), now(), now(), t, (?::uuid[])[1 + (abs(hashtext(t::text)) % 2)], 'COORDINATING', date '2026-01-01'
         from unnest(?::uuid[]) t`,
      [
        lead.id,
        `{${taskIds.map((r) => r.id).join(',')}}`,
        `{${partners[2].id},${partners[3].id}}`,
        `{${taskIds.map((r) => r.id).join(',')}}`,
      ],
    );
  };
  return { lead, partners, viewer, addPrograms };
}

describe('the shared-plans page', () => {
  test('is read in the same few statements for 2 programs as for 12 (20 of 25 tasks each)', async () => {
    const { lead, partners, viewer, addPrograms } = await agency();
    const read = async () => {
      ts.sql.reset();
      const result = await ts.gql<SharedPlans>(SHARED_PLANS, { id: gid.org(lead) }, viewer.token);
      expect(result.errors).toBeUndefined();
      return { programs: result.data!.organization.programs, statements: [...ts.sql.statements] };
    };
    await addPrograms(2, 25);
    const small = await read();
    await addPrograms(10, 25);
    const large = await read();

    expect(small.programs.totalCount).toBe(2);
    expect(large.programs.totalCount).toBe(12);
    expect(large.programs.edges).toHaveLength(12);
    const names = new Set([partners[2].name, partners[3].name]);
    for (const { node } of large.programs.edges) {
      expect(node.leadOrganization?.name).toBe(lead.name);
      expect(node.participants.map((p) => p.organization.name).toSorted()).toEqual(
        [lead.name, partners[0].name, partners[1].name].toSorted(),
      );
      expect(node.tasks.totalCount).toBe(25);
      expect(node.tasks.edges.map((e) => e.node.title)).toEqual(
        Array.from({ length: 20 }, (_, i) => `Việc ${i + 1}`),
      );
      for (const { node: task } of node.tasks.edges) {
        expect(task.assignments.map((a) => a.role)).toEqual(['LEAD', 'COORDINATING']);
        expect(task.assignments[0].organization.name).toBe(lead.name);
        expect(names.has(task.assignments[1].organization.name)).toBe(true);
      }
    }
    const listing = large.statements.join('\n');
    expect(large.statements.length, listing).toBe(small.statements.length);
    expect(large.statements.length, listing).toBeLessThanOrEqual(6);
  });

  test('is answered without an ETag (no hash of the whole answer), with its exact length', async () => {
    const { lead, viewer, addPrograms } = await agency();
    await addPrograms(2, 5);
    const response = await fetch(ts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer.token}` },
      body: JSON.stringify({ query: SHARED_PLANS, variables: { id: gid.org(lead) } }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
    expect(Number(response.headers.get('content-length'))).toBe(body.length);
    expect(JSON.parse(body.toString('utf8')).data.organization.programs.totalCount).toBe(2);
  });

  test('counts only when totalCount is selected, and pages on by cursor at both levels', async () => {
    const { lead, viewer, addPrograms } = await agency();
    await addPrograms(3, 5);
    const page = (after: string | null, tasksAfter: string | null) =>
      ts.gql<SharedPlans>(
        `query Page($id: ID!, $after: String, $tasksAfter: String) {
          organization(id: $id) { programs(first: 2, after: $after) {
            pageInfo { endCursor hasNextPage }
            edges { node { code tasks(first: 3, after: $tasksAfter) {
              pageInfo { endCursor hasNextPage } edges { node { title } } } } }
          } }
        }`,
        { id: gid.org(lead), after, tasksAfter },
        viewer.token,
      );
    ts.sql.reset();
    const first = (await page(null, null)).data!.organization.programs;
    expect(ts.sql.statements.join('\n')).not.toMatch(/count\(\*\)/);
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo?.hasNextPage).toBe(true);
    const tasks = first.edges[0].node.tasks;
    expect(tasks.edges.map((e) => e.node.title)).toEqual(['Việc 1', 'Việc 2', 'Việc 3']);
    expect(tasks.pageInfo?.hasNextPage).toBe(true);

    const more = (await page(null, tasks.pageInfo!.endCursor)).data!.organization.programs;
    expect(more.edges[0].node.code).toBe(first.edges[0].node.code);
    expect(more.edges[0].node.tasks.edges.map((e) => e.node.title)).toEqual(['Việc 4', 'Việc 5']);
    expect(more.edges[0].node.tasks.pageInfo?.hasNextPage).toBe(false);

    const second = (await page(first.pageInfo!.endCursor, null)).data!.organization.programs;
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo?.hasNextPage).toBe(false);
    const codes = [...first.edges, ...second.edges].map((e) => e.node.code);
    expect(codes).toEqual(codes.toSorted());
    expect(new Set(codes).size).toBe(3);
  });

  test('refuses a cursor that is not one, as bad input', async () => {
    const { lead, viewer } = await agency();
    const result = await ts.gql(
      'query($id: ID!) { organization(id: $id) { programs(after: "bm90LWEtY3Vyc29y") { edges { cursor } } } }',
      { id: gid.org(lead) },
      viewer.token,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
