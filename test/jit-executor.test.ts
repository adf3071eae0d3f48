/*
 * Queries compiled with graphql-jit (decision 026) answer what graphql-js answers: with
 * `GRAPHQL_JIT_AFTER=2` a query's first run is interpreted and its later runs are compiled, and the
 * answers, statement counts and errors are the same — fragments, aliases, directives, interfaces,
 * pages, a record the viewer may not read, variables that do not coerce, more concurrent requests than
 * the pool has connections. The rest of the suite compiles every query on its first run
 * (test/helpers/server.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { Role } from '../server/core/access.js';
import { toGlobalId } from '../server/core/ids.js';
import { metrics } from '../server/core/metrics.js';
import { SHARED_PLANS } from './bench/queries.js';
import { makeArea, makeOrganization, makeProgram, makeUserWith } from './helpers/factories.js';
import { makeTask } from './helpers/tasks.js';
import { useTestServer } from './helpers/server.js';

// A pool of 3 connections, so that the concurrent case below has more clients than connections.
const ts = useTestServer({ env: { GRAPHQL_JIT_AFTER: '2', DATABASE_POOL_MAX: '3' } });

/** A program of two agencies with tasks, and a reader of the owner and a stranger. */
async function world() {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const owner = await makeOrganization(em, { area });
  const partner = await makeOrganization(em, { area });
  const program = await makeProgram(em, owner);
  for (let i = 1; i <= 4; i++) {
    await makeTask(em, { lead: owner, coordinating: [partner], program, dueOn: `2027-02-0${i}` });
  }
  const reader = await makeUserWith(ts.orm, owner.id, Role.VIEWER);
  const stranger = await makeUserWith(ts.orm, (await makeOrganization(em, { area })).id, Role.ADMIN);
  return {
    owner,
    reader,
    stranger,
    orgId: toGlobalId('Organization', owner.id),
    programId: toGlobalId('CoordinationProgram', program.id),
  };
}

/** How many operations each executor has run so far (`phoihop_graphql_executions_total`). */
async function executions(): Promise<Record<string, number>> {
  const { values } = await metrics.graphqlExecutions.get();
  return Object.fromEntries(values.map((v) => [String(v.labels.executor), v.value]));
}

/** Which executor ran `run`: the counter that moved. */
async function executorOf(run: () => Promise<unknown>): Promise<string> {
  const before = await executions();
  await run();
  const after = await executions();
  const moved = Object.keys(after).filter((k) => after[k] !== (before[k] ?? 0));
  expect(moved).toHaveLength(1);
  return moved[0];
}

/** `query` as a text never sent before (Apollo keeps a parsed document, and its plan, per text). */
const fresh = (query: string): string => `${query}\n# ${randomUUID()}`;

/**
 * The same query text three times: the answers and statement counts, and
 * which executor ran each (with `fresh` text: interpreted, then compiled).
 */
async function thrice(query: string, variables: Record<string, unknown>, token: string) {
  const runs: { body: unknown; statements: number }[] = [];
  const executors: string[] = [];
  for (let i = 0; i < 3; i++) {
    ts.sql.reset();
    executors.push(
      await executorOf(async () => {
        const body = await ts.gql(query, variables, token);
        runs.push({ body, statements: ts.sql.count });
      }),
    );
  }
  return { runs, executors };
}

const FRAGMENTS = `query Mixed($id: ID!, $withTasks: Boolean!, $skipOwner: Boolean!) {
  node(id: $id) {
    __typename
    id
    ... on CoordinationProgram {
      code
      owner @skip(if: $skipOwner) { ...Org }
      first: tasks(first: 2) @include(if: $withTasks) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { title dueOn assignments { role organization { ...Org } } } }
      }
      rest: tasks(first: 10, orderBy: DUE_DATE) { edges { node { id } } }
    }
  }
}
fragment Org on Organization { id name kind }`;

describe('queries compiled with graphql-jit', () => {
  test('answer the shared-plans page as graphql-js does, in as many statements', async () => {
    const { reader, orgId } = await world();
    const { runs, executors } = await thrice(fresh(SHARED_PLANS), { id: orgId }, reader.token);
    expect(executors).toEqual(['interpreted', 'compiled', 'compiled']);
    const [first, ...compiled] = runs;
    expect((first.body as { errors?: unknown }).errors).toBeUndefined();
    for (const run of compiled) expect(run).toEqual(first);
  });

  test('keep fragments, aliases, @skip/@include, interfaces and cursors', async () => {
    const { reader, programId, owner } = await world();
    for (const flags of [
      { withTasks: true, skipOwner: false },
      { withTasks: false, skipOwner: true },
    ]) {
      const { runs, executors } = await thrice(fresh(FRAGMENTS), { id: programId, ...flags }, reader.token);
      expect(executors).toEqual(['interpreted', 'compiled', 'compiled']);
      const [first, ...compiled] = runs;
      for (const run of compiled) expect(run).toEqual(first);
      const node = (first.body as { data: { node: Record<string, unknown> } }).data.node;
      expect(node).toMatchObject({ __typename: 'CoordinationProgram' });
      expect(node.owner).toEqual(flags.skipOwner ? undefined : expect.objectContaining({ name: owner.name }));
      expect('first' in node).toBe(flags.withTasks);
    }
  });

  test('answer a record the viewer may not read with the same NOT_FOUND', async () => {
    const { stranger, programId } = await world();
    const flags = { withTasks: true, skipOwner: false };
    const { runs, executors } = await thrice(fresh(FRAGMENTS), { id: programId, ...flags }, stranger.token);
    expect(executors).toEqual(['interpreted', 'compiled', 'compiled']);
    const [first, ...compiled] = runs;
    expect((first.body as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    for (const run of compiled) expect(run.body).toEqual(first.body);
  });

  test('answer 30 concurrent compiled requests on a pool of 3 connections, each as the interpreted one', async () => {
    const { reader, orgId } = await world();
    const text = fresh(SHARED_PLANS);
    const { runs, executors } = await thrice(text, { id: orgId }, reader.token);
    expect(executors.at(-1)).toBe('compiled');
    const before = await executions();
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => ts.gql(text, { id: orgId }, reader.token)),
    );
    for (const answer of answers) expect(answer).toEqual(runs[0].body);
    expect((await executions()).compiled - before.compiled).toBe(30);
  });

  test('refuse variables that do not coerce with BAD_USER_INPUT, compiled or not', async () => {
    const { reader, programId } = await world();
    const text = fresh(FRAGMENTS);
    const { executors } = await thrice(
      text,
      { id: programId, withTasks: true, skipOwner: false },
      reader.token,
    );
    expect(executors.at(-1)).toBe('compiled');
    // The query is compiled by now; these variables are refused before anything runs, and graphql-js answers.
    for (const variables of [
      { id: programId, withTasks: 'yes', skipOwner: false },
      { id: programId, withTasks: true },
      { id: null, withTasks: true, skipOwner: false },
    ]) {
      let result: Awaited<ReturnType<typeof ts.gql>> | undefined;
      expect(await executorOf(async () => (result = await ts.gql(text, variables, reader.token)))).toBe(
        'interpreted',
      );
      expect(result!.data).toBeUndefined();
      expect(result!.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });
});
