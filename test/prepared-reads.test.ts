/*
 * Reads outside a transaction go to PostgreSQL as named prepared statements
 * with bound parameters (core/db/prepared.ts, decision 027). On one pooled
 * connection, so what this connection has prepared is what the next
 * statement sees in `pg_prepared_statements`.
 */
import { randomUUID } from 'node:crypto';
import { type MikroORM, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { entities } from '../server/app/entities.js';
import { readConfig } from '../server/core/config.js';
import { connectOrm } from '../server/core/db/orm.js';
import { replicaOptions } from '../server/core/db/replicas.js';
import { cloneTemplate } from './helpers/databases.js';
import { SqlCounter } from './helpers/server.js';

const sql = new SqlCounter();
let orm: MikroORM;

beforeAll(async () => {
  const template = inject('templateDatabase');
  const url = await cloneTemplate(inject('adminUrl'), template, `${template}_${randomUUID().slice(0, 8)}`);
  orm = await connectOrm(
    url,
    entities,
    { ...replicaOptions([]), debug: ['query'], colors: false, logger: (message) => sql.record(message) },
    { ...readConfig({ NODE_ENV: 'test' }), databasePoolMax: 1 },
  );
  await orm.em.fork().execute(
    `create table prepared_probe (id int primary key, label text not null, at timestamptz not null);
     insert into prepared_probe values (1, 'một', '2026-01-01T00:00:00Z'), (2, 'hai', '2026-06-30T23:30:00Z'),
       (3, 'ba', '2026-12-31T12:00:00Z')`,
    [],
    'run',
  );
}, 60_000);
afterAll(async () => {
  await orm?.close();
});

/** The statements this connection has prepared under the application's names. */
async function preparedTexts(): Promise<string[]> {
  const rows = await orm.em
    .fork()
    .transactional((em) =>
      em.execute<{ statement: string }[]>(
        "select statement from pg_prepared_statements where name like 'phoihop\\_%' order by prepare_time",
      ),
    );
  return rows.map((row) => row.statement);
}

/** `sql` read outside a transaction (prepared) and inside one (MikroORM's interpolated text). */
async function bothWays(text: string, params: unknown[]) {
  const prepared = await orm.em.fork().execute(text, params);
  const interpolated = await orm.em.fork().transactional((em) => em.execute(text, params));
  return { prepared, interpolated };
}

describe('reads outside a transaction', () => {
  test('are prepared once per connection, with numbered parameters, and answer as MikroORM does', async () => {
    const text = 'select id, label from prepared_probe where id in (?) and label <> ? order by id';
    for (let i = 0; i < 3; i++) {
      const { prepared, interpolated } = await bothWays(text, [[1, 2, 3], 'hai']);
      expect(prepared).toEqual([
        { id: 1, label: 'một' },
        { id: 3, label: 'ba' },
      ]);
      expect(prepared).toEqual(interpolated);
    }
    const texts = await preparedTexts();
    expect(texts.filter((t) => t.includes('prepared_probe where id = any($1) and label <> $2'))).toHaveLength(
      1,
    );
  });

  test('bind `not in (?)` lists, dates and `get` as MikroORM does', async () => {
    const notIn = await bothWays('select id from prepared_probe where id not in (?) order by id', [[2]]);
    expect(notIn.prepared).toEqual([{ id: 1 }, { id: 3 }]);
    expect(notIn.prepared).toEqual(notIn.interpolated);

    const at = new Date('2026-06-30T23:30:00Z');
    const dated = await bothWays('select id, ?::date as day from prepared_probe where at = ?', [at, at]);
    expect(dated.prepared).toEqual(dated.interpolated);
    expect(dated.prepared).toHaveLength(1);

    const one = await orm.em.fork().execute('select label from prepared_probe where id = ?', [3], 'get');
    expect(one).toEqual({ label: 'ba' });

    const texts = await preparedTexts();
    for (const bound of [
      'where id <> all($1)',
      'select id, $1::date as day',
      'select label from prepared_probe where id = $1',
    ]) {
      expect(texts).toContainEqual(expect.stringContaining(bound));
    }
  });

  test('a statement PostgreSQL cannot prepare is sent as MikroORM sends it, and counted once', async () => {
    sql.reset();
    const rows = await orm.em.fork().execute<{ v: boolean }[]>('select ? is null as v', ['tự do']);
    expect(rows).toEqual([{ v: false }]);
    expect(sql.count).toBe(1);
    expect(await preparedTexts()).not.toContainEqual(expect.stringContaining('select $1 is null as v'));
  });

  test('a table changed under a prepared `select *` is read again, with its new column', async () => {
    const text = 'select * from prepared_probe where id = ?';
    expect(await orm.em.fork().execute(text, [1])).toEqual([{ id: 1, label: 'một', at: expect.anything() }]);
    expect(await preparedTexts()).toContainEqual('select * from prepared_probe where id = $1');
    await orm.em.fork().execute("alter table prepared_probe add column note text default 'mới'", [], 'run');
    for (let i = 0; i < 2; i++) {
      const [row] = await orm.em.fork().execute<{ note: string }[]>(text, [1]);
      expect(row.note).toBe('mới');
    }
    // The stale connection was closed; its successor prepared the text afresh.
    expect(await preparedTexts()).toContainEqual('select * from prepared_probe where id = $1');
  });

  test('fail with the exception classes of MikroORM', async () => {
    const duplicate = orm.em
      .fork()
      .execute('insert into prepared_probe (id, label, at) values (?, ?, now()) returning id', [1, 'lại']);
    await expect(duplicate).rejects.toBeInstanceOf(UniqueConstraintViolationException);
    expect(await preparedTexts()).toContainEqual(expect.stringContaining('values ($1, $2, now())'));
  });

  test('inside a transaction are not prepared', async () => {
    await orm.em
      .fork()
      .transactional((em) => em.execute('select label from prepared_probe where id > ?', [1]));
    expect(await preparedTexts()).not.toContainEqual(expect.stringContaining('where id > $1'));
  });
});

test('with DATABASE_PREPARED_STATEMENTS=false nothing is prepared (a pooler that cannot keep them)', async () => {
  const interpolating = await connectOrm(
    orm.config.get('clientUrl')!,
    entities,
    replicaOptions([], { preparedStatements: false }),
    { ...readConfig({ NODE_ENV: 'test' }), databasePoolMax: 1 },
  );
  try {
    const em = interpolating.em.fork();
    expect(await em.execute('select label from prepared_probe where id < ?', [2])).toEqual([
      { label: 'một' },
    ]);
    const prepared = await em.execute<{ n: number }[]>(
      'select count(*)::int as n from pg_prepared_statements',
    );
    expect(prepared).toEqual([{ n: 0 }]);
  } finally {
    await interpolating.close();
  }
});
