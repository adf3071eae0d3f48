/*
 * The benchmark's small query (issue 11) over HTTP: a program by global id, its owner and its
 * first tasks in 3 statements — the viewer (its reach kept between requests, decision 024), the
 * program with its policy view and its owner, its tasks — and a program the viewer may not read
 * looks missing.
 */
import { describe, expect, test } from 'vitest';
import { Role } from '../server/core/access.js';
import { toGlobalId } from '../server/core/ids.js';
import { SMALL } from './bench/queries.js';
import { makeArea, makeOrganization, makeProgram, makeUserWith } from './helpers/factories.js';
import { makeTask } from './helpers/tasks.js';
import { useTestServer } from './helpers/server.js';

const ts = useTestServer();

interface Small {
  node: { code: string; owner: { name: string }; tasks: { edges: { node: { title: string } }[] } } | null;
}

async function programWithTasks() {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const owner = await makeOrganization(em, { area });
  const program = await makeProgram(em, owner);
  for (let i = 0; i < 7; i++) await makeTask(em, { lead: owner, program, dueOn: `2027-01-0${i + 1}` });
  const reader = await makeUserWith(ts.orm, owner.id, Role.VIEWER);
  const stranger = await makeUserWith(ts.orm, (await makeOrganization(em, { area })).id, Role.ADMIN);
  return { owner, program, reader, stranger, id: toGlobalId('CoordinationProgram', program.id) };
}

describe('the small query', () => {
  test('reads a program, its owner and its first 5 tasks in 3 statements', async () => {
    const { owner, program, reader, id } = await programWithTasks();
    await ts.gql<Small>(SMALL, { id }, reader.token);
    ts.sql.reset();
    const result = await ts.gql<Small>(SMALL, { id }, reader.token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.node).toMatchObject({ code: program.code, owner: { name: owner.name } });
    expect(result.data!.node!.tasks.edges).toHaveLength(5);
    expect(ts.sql.count, ts.sql.statements.join('\n---\n')).toBe(3);
  });

  test('answers NOT_FOUND to a viewer who may not read the program', async () => {
    const { stranger, id } = await programWithTasks();
    const result = await ts.gql<Small>(SMALL, { id }, stranger.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
