/**
 * N+1 guard on the nested shared-plans page: the same small number of statements for 5 and 40 programs
 * or organizations.
 */
import { describe, expect, it } from 'vitest';
import { execute, parse } from 'graphql';
import { createContext, viewerFromToken } from '../../server/app/context-factory.js';
import { Role } from '../../server/core/access.js';
import { readConfig } from '../../server/core/config.js';
import { createEventBus } from '../../server/core/pubsub.js';
import type { AdministrativeArea } from '../../server/modules/areas/area.entity.js';
import { ParticipantRole } from '../../server/modules/programs/participant.entity.js';
import { gid, makeArea, makeOrganization, unique, makeProgram } from '../helpers/factories.js';
import { ok } from '../helpers/results.js';
import { addDays, makeTask, today, ts, useTasksServer, userWith } from '../helpers/tasks.js';

useTasksServer();

/** Runs an operation straight on the schema (same resolvers and loaders, no HTTP cost limit). */
async function runDirect(query: string, token: string) {
  const deps = { orm: ts.orm, config: readConfig({ NODE_ENV: 'test' }), pubsub: createEventBus() };
  const viewer = await viewerFromToken(deps, token);
  const contextValue = createContext(deps, viewer);
  ts.sql.reset();
  const result = await execute({ schema: ts.server.schema, document: parse(query), contextValue });
  return { result, count: ts.sql.count, statements: [...ts.sql.statements] };
}

/** A root with `n` programs, each with 3 participants and 3 tasks of 2 assignments; a VIEWER on the root. */
async function seedPrograms(n: number) {
  const em = ts.orm.em.fork();
  const area: AdministrativeArea = await makeArea(em);
  const root = await makeOrganization(em, { area, name: `Tỉnh ủy ${unique()}` });
  const orgs = [];
  for (let i = 0; i < 6; i++) orgs.push(await makeOrganization(em, { area, parent: root }));
  for (let i = 0; i < n; i++) {
    const program = await makeProgram(em, orgs[i % 6], {
      participants: [
        [orgs[(i + 1) % 6], ParticipantRole.CO_LEAD],
        [orgs[(i + 2) % 6], ParticipantRole.PARTNER],
      ],
    });
    for (let k = 0; k < 3; k++) {
      await makeTask(em, {
        lead: orgs[(i + k) % 6],
        coordinating: [orgs[(i + k + 1) % 6]],
        dueOn: addDays(today(), k - 1),
        program,
      });
    }
  }
  const viewer = await userWith(Role.VIEWER, root);
  return { area, root, orgs, viewer };
}

/**
 * The "shared plans" page: 50 programs → lead organization,
 * participants → organization, first 20 tasks → assignments → organization.
 * Its cost in the HTTP limit's model is about 117,000 (MAX_COST is 10,000),
 * so it runs straight on the schema (`runDirect`).
 */
const PROGRAMS_PAGE = `{ programs(first: 50) { edges { node {
    title leadOrganization { name } participants { organization { name } }
    tasks(first: 20) { totalCount edges { node { title assignments { role organization { name } } } } }
  } } } }`;

/** "My agency's tasks" for every organization of an area: tasks, assignments, lead, reports, stats. */
const ORGANIZATIONS_PAGE = (areaId: string) => `{ organizations(first: 50, filter: { areaId: "${areaId}" }) {
    edges { node { name
      tasks(first: 20) { edges { node { title deadlineBucket assignments { role organization { name } }
        leadAssignment { organization { name } } reports(first: 2) { edges { node { body } } } } } }
      taskStats { overdue onTimeCompletionRate }
    } } } }`;

describe('the nested "shared plans" page', () => {
  it('costs the same small number of statements for 5 and for 40 programs', async () => {
    const small = await seedPrograms(5);
    const large = await seedPrograms(40);
    const a = await runDirect(PROGRAMS_PAGE, small.viewer.token);
    const b = await runDirect(PROGRAMS_PAGE, large.viewer.token);
    expect(a.result.errors).toBeUndefined();
    expect(b.result.errors).toBeUndefined();
    const programs = (r: typeof a) =>
      (
        r.result.data as {
          programs: {
            edges: {
              node: { tasks: { totalCount: number; edges: { node: { assignments: unknown[] } }[] } };
            }[];
          };
        }
      ).programs.edges;
    expect(programs(a)).toHaveLength(5);
    expect(programs(b)).toHaveLength(40);
    expect(
      programs(b).every(
        (e) => e.node.tasks.totalCount === 3 && e.node.tasks.edges[0].node.assignments.length === 2,
      ),
    ).toBe(true);
    console.info(`shared plans page: ${a.count} statements for 5 programs, ${b.count} for 40`);
    expect(b.count, b.statements.join('\n')).toBe(a.count);
    expect(b.count).toBeLessThanOrEqual(12);

    // Over HTTP, within the cost limit (one task per program), the same holds.
    const overHttp = async (token: string) => {
      ts.sql.reset();
      ok(await ts.gql(PROGRAMS_PAGE.replace('tasks(first: 20)', 'tasks(first: 1)'), {}, token));
      return ts.sql.count;
    };
    const [httpSmall, httpLarge] = [await overHttp(small.viewer.token), await overHttp(large.viewer.token)];
    console.info(`over HTTP: ${httpSmall} statements for 5 programs, ${httpLarge} for 40`);
    expect(httpLarge).toBe(httpSmall);
    expect(httpLarge).toBeLessThanOrEqual(14);
  });

  it("costs the same small number of statements for 5 and for 40 organizations' tasks", async () => {
    const small = await seedPrograms(5);
    const large = await seedPrograms(40);
    const em = ts.orm.em.fork();
    // More organizations under the large root, each leading a task.
    for (let i = 0; i < 34; i++) {
      const org = await makeOrganization(em, { area: large.area, parent: large.root });
      await makeTask(em, { lead: org, coordinating: [large.orgs[0]], dueOn: today() });
    }
    const a = await runDirect(ORGANIZATIONS_PAGE(gid.area(small.area)), small.viewer.token);
    const b = await runDirect(ORGANIZATIONS_PAGE(gid.area(large.area)), large.viewer.token);
    expect(a.result.errors).toBeUndefined();
    expect(b.result.errors).toBeUndefined();
    const orgs = (r: typeof a) =>
      (r.result.data as { organizations: { edges: unknown[] } }).organizations.edges;
    expect(orgs(a)).toHaveLength(7);
    expect(orgs(b)).toHaveLength(41);
    console.info(`organizations' tasks page: ${a.count} statements for 7 organizations, ${b.count} for 41`);
    expect(b.count, b.statements.join('\n')).toBe(a.count);
    expect(b.count).toBeLessThanOrEqual(12);
  });
});
