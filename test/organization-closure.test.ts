import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { cloneTemplate } from './helpers/databases.js';

/*
 * The chain of command's closure (decision 022) is kept by a trigger on
 * `organization`: whatever writes the tree — one row, a whole branch in one
 * statement with children before parents, a move, a deletion — the closure
 * equals the recursion over `parent_id` it replaces.
 */

let client: pg.Client;

beforeAll(async () => {
  const template = inject('templateDatabase');
  const url = await cloneTemplate(inject('adminUrl'), template, `${template}_${randomUUID().slice(0, 8)}`);
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

/** Pairs (ancestor, descendant) by the trigger's table and by a recursion over parent_id, for organizations named `prefix…`. */
async function bothWays(prefix: string): Promise<{ closure: string[]; recursion: string[] }> {
  const mine = `select id from organization where code like $1`;
  const closure = await client.query<{ pair: string }>(
    `select a.code || '>' || d.code as pair from organization_closure c
       join organization a on a.id = c.ancestor_id join organization d on d.id = c.descendant_id
      where c.descendant_id in (${mine}) order by 1`,
    [`${prefix}%`],
  );
  const recursion = await client.query<{ pair: string }>(
    `with recursive up(a, d) as (select id, id from organization where id in (${mine})
       union select o.parent_id, up.d from up join organization o on o.id = up.a where o.parent_id is not null)
     select a.code || '>' || d.code as pair from up join organization a on a.id = up.a join organization d on d.id = up.d order by 1`,
    [`${prefix}%`],
  );
  return { closure: closure.rows.map((r) => r.pair), recursion: recursion.rows.map((r) => r.pair) };
}

/** Inserts organizations `codes` (child → parent code or null) in one statement, in the order given. */
async function insertBranch(rows: [string, string | null][]): Promise<void> {
  const area = randomUUID();
  await client.query(
    `insert into administrative_area (id, created_at, updated_at, code, name, search_key, level)
     values ($1, now(), now(), $2, 'Tỉnh thử', 'tinh thu', 'PROVINCE')`,
    [area, `cl-${area.slice(0, 8)}`],
  );
  const ids = new Map(rows.map(([code]) => [code, randomUUID()]));
  const values = rows.map(
    ([code, parent]) =>
      `('${ids.get(code)}', now(), now(), '${code}', '${code}', '${code}', 'STATE_AGENCY', '${area}', ${
        parent ? `'${ids.get(parent) ?? parent}'` : 'null'
      })`,
  );
  await client.query(
    `insert into organization (id, created_at, updated_at, code, name, search_key, kind, area_id, parent_id)
     values ${values.join(', ')}`,
  );
}

const idOf = async (code: string): Promise<string> =>
  (await client.query<{ id: string }>('select id from organization where code = $1', [code])).rows[0]!.id;

describe('the chain of command closure', () => {
  it('holds every ancestor of a branch inserted in one statement, children before parents', async () => {
    await insertBranch([
      ['cl1-commune', 'cl1-district'],
      ['cl1-district', 'cl1-province'],
      ['cl1-province', null],
      ['cl1-other', 'cl1-province'],
    ]);
    const { closure, recursion } = await bothWays('cl1-');
    expect(closure).toEqual(recursion);
    expect(closure).toContain('cl1-province>cl1-commune');
  });

  it('follows a branch moved under another parent, and forgets a deleted organization', async () => {
    await insertBranch([
      ['cl2-a', null],
      ['cl2-b', null],
      ['cl2-a1', 'cl2-a'],
      ['cl2-a11', 'cl2-a1'],
    ]);
    await client.query('update organization set parent_id = $1 where id = $2', [
      await idOf('cl2-b'),
      await idOf('cl2-a1'),
    ]);
    const moved = await bothWays('cl2-');
    expect(moved.closure).toEqual(moved.recursion);
    expect(moved.closure).toContain('cl2-b>cl2-a11');
    expect(moved.closure).not.toContain('cl2-a>cl2-a11');

    await client.query('update organization set name = $1 where id = $2', ['renamed', await idOf('cl2-a1')]);
    expect((await bothWays('cl2-')).closure).toEqual(moved.closure);

    const leaf = await idOf('cl2-a11');
    await client.query('delete from organization where id = $1', [leaf]);
    const left = await client.query(
      'select 1 from organization_closure where descendant_id = $1 or ancestor_id = $1',
      [leaf],
    );
    expect(left.rowCount).toBe(0);
  });

  it('equals the recursion after a chain inserted row by row, a branch under it, moves and a move to the top', async () => {
    const chain = ['cl3-0', 'cl3-1', 'cl3-2', 'cl3-3', 'cl3-4'];
    for (const [i, code] of chain.entries()) {
      await insertBranch([[code, i === 0 ? null : await idOf(chain[i - 1]!)]]);
    }
    await insertBranch([
      ['cl3-x2', 'cl3-x1'],
      ['cl3-x1', await idOf('cl3-4')],
    ]);
    await insertBranch([['cl3-y', null]]);
    const move = 'update organization set parent_id = $1 where id = $2';
    await client.query(move, [await idOf('cl3-y'), await idOf('cl3-2')]);
    const moved = await bothWays('cl3-');
    expect(moved.closure).toEqual(moved.recursion);
    expect(moved.closure).toContain('cl3-y>cl3-x2');
    // One statement moving a node and the branch above it (rows' triggers run once all are moved).
    await client.query(
      `update organization set parent_id = case code when 'cl3-3' then $1::uuid else $2::uuid end
        where code in ('cl3-3', 'cl3-y')`,
      [await idOf('cl3-0'), await idOf('cl3-1')],
    );
    const { closure, recursion } = await bothWays('cl3-');
    expect(closure).toEqual(recursion);
    expect(closure).toContain('cl3-0>cl3-x2');
    expect(closure).not.toContain('cl3-2>cl3-x2');
    expect(closure).toContain('cl3-1>cl3-2');
  });
});
