/*
 * The cost limit over HTTP: the pages the product exists to serve — the
 * "shared plans" page of an agency with every `id` a client cache needs — are
 * accepted and answered, while abusive shapes (a third nested connection, two
 * nested pages of 100, an alias bomb of nested pages) are refused before any
 * resolver runs.
 */
import { describe, expect, it } from 'vitest';
import { MAX_COST } from '../server/app/limits.js';
import { Role } from '../server/core/access.js';
import { foldForSearch } from '../server/core/text.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { ParticipantRole, ProgramParticipant } from '../server/modules/programs/participant.entity.js';
import {
  CoordinationProgram,
  ProgramKind,
  ProgramStatus,
} from '../server/modules/programs/program.entity.js';
import { AssignmentRole, TaskAssignment } from '../server/modules/tasks/assignment.entity.js';
import { Task, TaskStatus } from '../server/modules/tasks/task.entity.js';
import { SHARED_PLANS } from './bench/queries.js';
import { gid, makeArea, makeOrganization, makeUserWith, type TestUser, unique } from './helpers/factories.js';
import { type GqlResult, useTestServer } from './helpers/server.js';

/** A GraphQL answer over HTTP. */
type Result = GqlResult<Record<string, unknown>>;

const ts = useTestServer({
  setUp: async () => {
    await seed();
    viewer = await makeUserWith(ts.orm, owner.id, Role.VIEWER);
    const baseline = await post('{ __typename }');
    expect(baseline.errors).toBeUndefined();
    viewerLookup = baseline.sql;
  },
});
let viewer: TestUser;
let owner: Organization;
/** SQL statements of a request that runs no resolver: the viewer lookup only. */
let viewerLookup: number;

/** POSTs `query` as the viewer over HTTP; returns the response and the SQL statements it caused. */
async function post(query: string, variables?: Record<string, unknown>) {
  ts.sql.reset();
  return { ...(await ts.gql(query, variables, viewer.token)), sql: ts.sql.count };
}

/** Refused before execution with the cost error, and nothing but the viewer lookup ran. */
function expectTooCostly(result: Result & { sql: number }) {
  expect(result.status).toBe(400);
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(
    'GRAPHQL_VALIDATION_FAILED',
  );
  expect(result.errors?.[0]?.message).toMatch(new RegExp(`^Query cost limit of ${MAX_COST} exceeded`));
  expect(result.sql).toBe(viewerLookup);
}

/** `owner` leads 3 programs with 2 partners each, and 4 tasks in each (lead + 1 coordinating). */
async function seed(): Promise<void> {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  owner = await makeOrganization(em, { area, name: `Ban Dân vận ${unique()}` });
  const partners = [await makeOrganization(em, { area }), await makeOrganization(em, { area })];
  for (let p = 0; p < 3; p++) {
    const title = `Chương trình ${unique()}`;
    const program = em.create(CoordinationProgram, {
      kind: ProgramKind.COORDINATION_PROGRAM,
      code: unique('CT-'),
      title,
      searchKey: foldForSearch(title),
      owner,
      status: ProgramStatus.ACTIVE,
    });
    for (const [organization, role] of [
      [owner, ParticipantRole.LEAD],
      [partners[0], ParticipantRole.PARTNER],
      [partners[1], ParticipantRole.PARTNER],
    ] as const) {
      em.create(ProgramParticipant, { program, organization, role, joinedOn: '2024-01-01' });
    }
    for (let t = 0; t < 4; t++) {
      const taskTitle = `Nhiệm vụ ${unique()}`;
      const task = em.create(Task, {
        title: taskTitle,
        searchKey: foldForSearch(taskTitle),
        dueOn: '2026-12-31',
        status: TaskStatus.NOT_STARTED,
        program,
      });
      em.create(TaskAssignment, {
        task,
        organization: owner,
        role: AssignmentRole.LEAD,
        assignedOn: '2024-01-01',
      });
      em.create(TaskAssignment, {
        task,
        organization: partners[t % 2],
        role: AssignmentRole.COORDINATING,
        assignedOn: '2024-01-01',
      });
    }
  }
  await em.flush();
}

/** Connections nested `levels` deep, `first` each: organizations → children → children … */
const nestedPages = (levels: number, first: number) => {
  const inner = (level: number): string =>
    level === levels ? 'id name' : `id children(first: ${first}) { edges { node { ${inner(level + 1)} } } }`;
  return `{ organizations(first: ${first}) { edges { node { ${inner(1)} } } } }`;
};

describe('the cost limit over HTTP', () => {
  it('answers the shared-plans page with every id a client cache needs', async () => {
    const result = await post(SHARED_PLANS, { id: gid.org(owner) });
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.status).toBe(200);
    const page = (result.data as { organization: { programs: SharedPlansPage } }).organization.programs;
    expect(page.totalCount).toBe(3);
    for (const { node } of page.edges) {
      expect(node.id).toBeTruthy();
      expect(node.leadOrganization).toEqual({ id: gid.org(owner), name: owner.name });
      expect(node.participants.map((p) => p.role).toSorted()).toEqual(['LEAD', 'PARTNER', 'PARTNER']);
      expect(node.tasks.totalCount).toBe(4);
      for (const task of node.tasks.edges) {
        expect(task.node.assignments.map((a) => [a.role, Boolean(a.id), Boolean(a.organization.id)])).toEqual(
          expect.arrayContaining([['LEAD', true, true]]),
        );
      }
    }
  });

  it('refuses a third nested connection, even of 20', async () => {
    expectTooCostly(await post(nestedPages(3, 20)));
    expectTooCostly(await post(nestedPages(3, 100)));
  });

  it('refuses two nested pages of 100', async () => {
    expectTooCostly(await post(nestedPages(2, 100)));
  });

  it('refuses an alias bomb of nested pages', async () => {
    const bomb = Array.from(
      { length: 15 },
      (_, i) =>
        `a${i}: organizations(first: 50) { edges { node { id children(first: 20) { edges { node { id } } } } } }`,
    ).join(' ');
    expectTooCostly(await post(`{ ${bomb} }`));
  });

  it('counts a page size given as a variable, or left out, as the page really read', async () => {
    const query = `query($first: Int) { organizations(first: $first) { edges { node { id
      children(first: $first) { edges { node { id children { edges { node { id } } } } } } } } } }`;
    // An absent page size is the default one (20): 20 × 20 × 20.
    expectTooCostly(await post(query));
    expectTooCostly(await post(query, { first: 50 }));
    const small = await post(query, { first: 5 });
    expect(small.errors, JSON.stringify(small.errors)).toBeUndefined();
  });
});

interface SharedPlansPage {
  totalCount: number;
  edges: {
    node: {
      id: string;
      leadOrganization: { id: string; name: string };
      participants: { role: string }[];
      tasks: {
        totalCount: number;
        edges: { node: { assignments: { id: string; role: string; organization: { id: string } }[] } }[];
      };
    };
  }[];
}
