/**
 * Reminders at national scale (issue 11, item 5): among a million tasks, a
 * tick sends each due reminder exactly once (two instances ticking at the
 * same moment), and a tick with nothing due reads nothing of the task table
 * between two ticks of one day, and only through the `due_on` index when the
 * day turns. The tick's SQL time with nothing due is printed, not asserted.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../server/app/entities.js';
import { Role } from '../server/core/access.js';
import { connectOrm } from '../server/core/db/orm.js';
import { createEventBus } from '../server/core/pubsub.js';
import { runReminders } from '../server/app/reminders.js';
import { taskRemindersQuery } from '../server/modules/tasks/task.reminders.js';
import { makeArea, makeOrganization, makeUserWith } from './helpers/factories.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const TASKS = Number(process.env.REMINDER_SCALE_TASKS ?? 1_000_000);
const MEETINGS = 100_000;
const MEETINGS_DUE = 50;
const OVERDUE = 300;
const DUE_SOON = 200;
const DAY = 86_400_000;
/** Today in Vietnam, as the scheduler counts days. */
const TODAY = "(now() at time zone 'Asia/Ho_Chi_Minh')::date";

let ts: TestServer;
let other: MikroORM;
const pubsub = createEventBus();

beforeAll(async () => {
  ts = await startTestServer();
  other = await connectOrm(ts.databaseUrl, entities);
});
afterAll(async () => {
  await other?.close();
  await ts?.stop();
});

const sql = <T = unknown>(query: string, params: unknown[] = []) =>
  ts.orm.em.fork().getConnection().execute<T[]>(query, params);

/** Runs a bulk load on its own connection, outside the server's statement timeout. */
async function bulk(query: string, params: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: ts.databaseUrl });
  await client.connect();
  try {
    let n = 0;
    await client.query(
      query.replace(/\?/g, () => `$${++n}`),
      params,
    );
  } finally {
    await client.end();
  }
}

/**
 * `TASKS` open and closed tasks due from three years ago to three years ahead,
 * none of them between yesterday and four days ahead (sequential ids and no
 * search index: a bulk load, not a benchmark of inserts).
 */
async function loadBackgroundTasks(): Promise<void> {
  // This database is the test's own; the search trigram index has nothing to do with
  // reminders and would double the load time.
  await bulk('drop index task_search_key_trgm', []);
  await bulk(
    `insert into task (id, created_at, updated_at, title, search_key, due_on, status)
     select lpad(to_hex(i), 32, '0')::uuid, now(), now(), 'Nhiệm vụ ' || i, 'nhiem vu',
            case when i % 2 = 0 then ${TODAY} - 2 - i % 1000 else ${TODAY} + 5 + i % 1000 end,
            (array['NOT_STARTED', 'IN_PROGRESS', 'BLOCKED', 'DONE', 'CANCELLED'])[1 + i % 5]
       from generate_series(1, ?::int) i`,
    [TASKS],
  );
}

/** `count` tasks due on `dueOn` with `status`, led by `organizationId`. */
async function loadTasks(count: number, dueOn: string, status: string, organizationId: string) {
  await bulk(
    `with t as (
       insert into task (id, created_at, updated_at, title, search_key, due_on, status)
       select gen_random_uuid(), now(), now(), 'Nhiệm vụ đến hạn ' || i, 'nhiem vu den han', ?::date, ?
         from generate_series(1, ?::int) i returning id)
     insert into task_assignment (id, created_at, updated_at, task_id, organization_id, role, assigned_on)
     select gen_random_uuid(), now(), now(), t.id, ?, 'LEAD', ${TODAY} - 30 from t`,
    [dueOn, status, count, organizationId],
  );
}

/**
 * `MEETINGS` meetings hosted by `organizationId`, one every five minutes: held
 * ones up to two days ago, scheduled ones from three days ahead (none due),
 * and `MEETINGS_DUE` starting in half an hour (both default leads passed).
 */
async function loadMeetings(organizationId: string, now: Date): Promise<void> {
  await bulk(
    `insert into meeting (id, created_at, updated_at, organization_id, kind, title, starts_at, ends_at, status)
     select gen_random_uuid(), now(), now(), ?::uuid, 'PERIODIC_BRIEFING', 'Giao ban ' || i, s, s + interval '1 hour',
            case when s < ?::timestamptz then 'HELD' else 'SCHEDULED' end
       from generate_series(1, ?::int) i,
            lateral (select case when i % 2 = 0 then ?::timestamptz - interval '3 days' - i * interval '5 minutes'
                                 else ?::timestamptz + interval '3 days' + i * interval '5 minutes' end as s) s
     union all
     select gen_random_uuid(), now(), now(), ?::uuid, 'PERIODIC_BRIEFING', 'Giao ban sắp họp ' || i,
            ?::timestamptz + interval '30 minutes', ?::timestamptz + interval '90 minutes', 'SCHEDULED'
       from generate_series(1, ?::int) i`,
    [organizationId, now, MEETINGS, now, now, organizationId, now, now, MEETINGS_DUE],
  );
}

/** Node types and relations of a plan, flattened. */
function planNodes(plan: Record<string, unknown>): { type: string; relation?: string; index?: string }[] {
  const children = (plan.Plans as Record<string, unknown>[] | undefined) ?? [];
  return [
    {
      type: plan['Node Type'] as string,
      relation: plan['Relation Name'] as string | undefined,
      index: plan['Index Name'] as string | undefined,
    },
    ...children.flatMap(planNodes),
  ];
}

/** Runs one tick on the main instance; returns what it wrote, its statements and their time. */
async function measuredTick(now: Date) {
  ts.sql.reset();
  const started = performance.now();
  const written = await runReminders(ts.orm.em, pubsub, now);
  const wallMs = performance.now() - started;
  const statements = [...ts.sql.statements];
  const sqlMs = statements.reduce((sum, s) => sum + Number(/took (\d+(?:\.\d+)?) ?ms/.exec(s)?.[1] ?? 0), 0);
  return { written, statements, wallMs, sqlMs };
}

describe('reminders at national scale', () => {
  it(`send each due reminder exactly once among ${TASKS.toLocaleString('en')} tasks; nothing due costs no task scan`, async () => {
    const em = ts.orm.em.fork();
    const agency = await makeOrganization(em, { area: await makeArea(em) });
    await makeUserWith(ts.orm, agency.id, Role.MEMBER);
    await makeUserWith(ts.orm, agency.id, Role.COORDINATOR);

    const loading = performance.now();
    await loadBackgroundTasks();
    const [{ yesterday, inThreeDays }] = await sql<{ yesterday: string; inThreeDays: string }>(
      `select (${TODAY} - 1)::text as yesterday, (${TODAY} + 3)::text as "inThreeDays"`,
    );
    await loadTasks(OVERDUE, yesterday, 'IN_PROGRESS', agency.id);
    await loadTasks(100, yesterday, 'DONE', agency.id);
    await loadTasks(DUE_SOON, inThreeDays, 'NOT_STARTED', agency.id);
    const now = new Date();
    await loadMeetings(agency.id, now);
    for (const table of ['task', 'task_assignment', 'meeting']) await sql(`analyze ${table}`);
    console.info(
      `loaded ${TASKS + OVERDUE + DUE_SOON + 100} tasks and ${MEETINGS + MEETINGS_DUE} meetings in ${Math.round(performance.now() - loading)} ms`,
    );

    // The last tick ran yesterday at this time (the database clock decides "today" above).

    await sql("insert into reminder_watermark (name, sent_through) values ('reminders', ?)", [
      new Date(now.getTime() - DAY),
    ]);

    // Two instances tick at the same moment: each due reminder goes out once, to both members.
    const otherPubsub = createEventBus();
    const ticking = performance.now();
    const written = await Promise.all([
      runReminders(ts.orm.em, pubsub, now),
      runReminders(other.em, otherPubsub, now),
    ]);
    console.info(
      `tick sending ${written[0] + written[1]} reminders: ${Math.round(performance.now() - ticking)} ms`,
    );
    await otherPubsub.close();
    expect(written.reduce((a, b) => a + b, 0)).toBe(2 * (OVERDUE + DUE_SOON + MEETINGS_DUE));
    const sent = await sql<{ kind: string; n: string; distinct_n: string }>(
      `select kind, count(*) as n, count(distinct (subject_id, recipient_id)) as distinct_n
         from notification group by kind order by kind`,
    );
    expect(sent.map((r) => [r.kind, Number(r.n), Number(r.distinct_n)])).toEqual([
      // Both default leads passed (24 hours and 1 hour before): only the nearest is sent.
      ['MEETING_REMINDER', 2 * MEETINGS_DUE, 2 * MEETINGS_DUE],
      ['TASK_DUE_SOON', 2 * DUE_SOON, 2 * DUE_SOON],
      ['TASK_OVERDUE', 2 * OVERDUE, 2 * OVERDUE],
    ]);

    // Same day, nothing due: no statement touches the task table.
    const later = await measuredTick(new Date(now.getTime() + 60_000));
    expect(later.written).toBe(0);
    expect(later.statements.filter((s) => /\btask\b/.test(s))).toEqual([]);
    console.info(
      `tick with nothing due: ${later.statements.length} statements, ${later.sqlMs} ms of SQL, ${Math.round(later.wallMs)} ms in all`,
    );

    // The day turns, nothing due: the task query reads through the due_on index, never scanning the table.
    const tomorrow = new Date(now.getTime() + DAY);
    const query = taskRemindersQuery({ now: tomorrow, since: now, changed: [] });
    if (!query) throw new Error('a new day must look at the task table');
    const [{ 'QUERY PLAN': plan }] = await sql<{ 'QUERY PLAN': { Plan: Record<string, unknown> }[] }>(
      `explain (format json) ${query.sql}`,
      query.params,
    );
    const taskScans = planNodes(plan[0].Plan).filter((n) => n.relation === 'task');
    expect(taskScans.length).toBeGreaterThan(0);
    expect(taskScans.filter((n) => n.type === 'Seq Scan')).toEqual([]);
    const nextDay = await measuredTick(tomorrow);
    expect(nextDay.written).toBe(0);
    console.info(
      `first tick of a new day with nothing due: ${nextDay.statements.length} statements, ${nextDay.sqlMs} ms of SQL, ${Math.round(nextDay.wallMs)} ms in all`,
    );
  }, 180_000);
});
