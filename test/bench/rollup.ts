/*
 * `npm run bench:rollup`: the roll-up at national scale (issue 16 §5), not a timed test.
 * 34 provinces and 3,321 communes under one country (the two-tier map: no districts), 12
 * organizations in each commune (~40,000), 30 typed indicators on a monthly form, 24 months of
 * approved reports (~29M values) and the pre-aggregate the product builds from them. Generated
 * deterministically by PostgreSQL itself (`insert … select … generate_series`, as fast as COPY)
 * into a database of its own on DATABASE_URL (kept for later runs; BENCH_REGENERATE=1 loads again).
 * Smaller: ROLLUP_BENCH_COMMUNES (default 3321) and ROLLUP_BENCH_MONTHS (default 24).
 *
 * Measures, through the product's read and write paths (readIndicatorValues, applyApprovedToRollup):
 * the national figure of one indicator for a year; the province breakdown of the 30 indicators for
 * a year; a commune's submission being approved (its transaction, rolled back). p50/p99 and SQL
 * statements per request; results in test-results/bench/rollup.{md,json}.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { entities } from '../../server/app/entities.js';
import { ViewerAccess } from '../../server/core/access.js';
import type { Context } from '../../server/core/context.js';
import { connectOrm, migrateUp } from '../../server/core/db/orm.js';
import { toGlobalId } from '../../server/core/ids.js';
import { PeriodType } from '../../server/modules/reports/report.enums.js';
import { IndicatorGroupBy, IndicatorValueSource } from '../../server/modules/reports/rollup/rollup.inputs.js';
import { applyApprovedToRollup, rebuildRollup } from '../../server/modules/reports/rollup/rollup.maintain.js';
import { readIndicatorValues } from '../../server/modules/reports/rollup/rollup.query.js';
import { databaseUrlFor, migrateFreshDatabase, onServer, queryDatabase } from '../helpers/databases.js';

const COMMUNES = Number(process.env.ROLLUP_BENCH_COMMUNES ?? 3321);
const MONTHS = Number(process.env.ROLLUP_BENCH_MONTHS ?? 24);
const PROVINCES = 34;
const INDICATORS = 30;
const KINDS = [
  'PARTY_COMMITTEE',
  'PARTY_STANDING_COMMITTEE',
  'MASS_MOBILIZATION_COMMISSION',
  'PEOPLES_COUNCIL',
  'PEOPLES_COMMITTEE',
  'STATE_AGENCY',
  'ARMED_FORCES',
  'FATHERLAND_FRONT',
  'SOCIO_POLITICAL_ORG',
  'GRASSROOTS_BODY',
  'SOCIO_POLITICAL_ORG',
  'SOCIO_POLITICAL_ORG',
];
const ROUNDS = Number(process.env.ROLLUP_BENCH_ROUNDS ?? 30);
const ROOT = '00000000-0000-4000-8000-000000000001';
const FORM = '00000000-0000-4000-8000-000000000002';
const LAST_YEAR = 2024 + Math.floor((MONTHS - 1) / 12);

/** The last day of month `k` (0: January 2024) in SQL. */
const month = (k: string) => `make_date(2024 + (${k}) / 12, 1 + (${k}) % 12, 14)`;

/** The load, statement by statement (every id derived from md5 of a name: the same data every time). */
function loadStatements(): string[] {
  return [
    `insert into administrative_area (id, created_at, updated_at, code, name, search_key, level)
       values ('${ROOT}', now(), now(), 'B-VN', 'Việt Nam', 'viet nam', 'CENTRAL')`,
    `insert into administrative_area (id, created_at, updated_at, code, name, search_key, level, parent_id)
       select md5('p' || p)::uuid, now(), now(), 'B-P' || p, 'Tỉnh ' || p, 'tinh ' || p, 'PROVINCE', '${ROOT}'
         from generate_series(1, ${PROVINCES}) p`,
    `insert into administrative_area (id, created_at, updated_at, code, name, search_key, level, parent_id)
       select md5('c' || c)::uuid, now(), now(), 'B-C' || c, 'Xã ' || c, 'xa ' || c, 'COMMUNE',
              md5('p' || (1 + (c - 1) % ${PROVINCES}))::uuid
         from generate_series(1, ${COMMUNES}) c`,
    `insert into organization (id, created_at, updated_at, code, name, search_key, kind, area_id)
       select md5('o' || c || '-' || k)::uuid, now(), now(), 'B-O' || c || '-' || k, 'Cơ quan ' || c || '-' || k,
              'co quan ' || c || '-' || k, (array['${KINDS.join("','")}'])[k], md5('c' || c)::uuid
         from generate_series(1, ${COMMUNES}) c, generate_series(1, ${KINDS.length}) k`,
    `insert into report_indicator (id, created_at, updated_at, code, name_vi, name_en, unit, source, aggregation)
       select md5('i' || i)::uuid, now(), now(), 'BENCH_' || lpad(i::text, 2, '0'), 'Chỉ tiêu ' || i,
              'Indicator ' || i, 'COUNT', 'ENTERED', 'SUM'
         from generate_series(1, ${INDICATORS}) i`,
    `insert into report_form (id, created_at, updated_at, code, name, period_type, deadline_days)
       values ('${FORM}', now(), now(), 'BENCH-MONTHLY', 'Báo cáo tháng (benchmark)', 'MONTH', 5)`,
    `insert into report_form_indicator (id, created_at, updated_at, form_id, indicator_id, position)
       select md5('fi' || i)::uuid, now(), now(), '${FORM}', md5('i' || i)::uuid, i from generate_series(1, ${INDICATORS}) i`,
    `insert into report_form_requirement (id, created_at, updated_at, form_id, organization_kind, area_level)
       select md5('fr' || k)::uuid, now(), now(), '${FORM}', k, 'COMMUNE' from (select distinct unnest(array['${KINDS.join("','")}']) k) x`,
    // Every month approved, but the last month of the first organization of every tenth commune: submitted, to approve.
    `insert into report_submission (id, created_at, updated_at, form_id, organization_id, area_id, period_key,
       period_start, period_end, due_on, revision, current, status, version)
       select md5('s' || o.id || '-' || m)::uuid, now(), now(), '${FORM}', o.id, o.area_id,
              to_char(${month('m')}, 'YYYY-MM'), (${month('m')} - interval '1 month' + interval '1 day')::date,
              ${month('m')}, ${month('m')} + 5, 1, true,
              case when m = ${MONTHS - 1} and o.code like 'B-O%0-1' then 'SUBMITTED' else 'APPROVED' end, 1
         from organization o, generate_series(0, ${MONTHS - 1}) m where o.code like 'B-O%'`,
    `insert into report_value (id, created_at, updated_at, submission_id, indicator_id, value, source)
       select gen_random_uuid(), now(), now(), s.id, md5('i' || i)::uuid,
              abs(hashtext(s.id::text || i)) % 50, 'ENTERED'
         from report_submission s, generate_series(1, ${INDICATORS}) i where s.form_id = '${FORM}'`,
    'analyze',
  ];
}

const log = (line: string) => console.log(`[bench:rollup] ${line}`);

/** A system administrator's request context on `em`. */
const contextOf = (em: Context['em']): Context =>
  ({ em, access: async () => new ViewerAccess(true, new Map()) }) as unknown as Context;

/** Percentile `p` (0–100) of sorted `values`. */
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

interface Measure {
  name: string;
  p50: number;
  p99: number;
  statements: number;
  rows: number;
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl)
    throw new Error('set DATABASE_URL (a PostgreSQL server the benchmark may create a database on)');
  const scaleName = `${COMMUNES}x${MONTHS}`;
  const name = `phoihop_bench_rollup_${scaleName}`;
  const url = databaseUrlFor(adminUrl, name);
  const exists =
    (await queryDatabase(adminUrl, 'select 1 from pg_database where datname = $1', [name])).length > 0;
  const load: Record<string, number> = {};
  if (!exists || process.env.BENCH_REGENERATE) {
    if (exists) await onServer(adminUrl, `drop database "${name}" with (force)`);
    log(`creating ${name}: ${COMMUNES} communes, ${COMMUNES * KINDS.length} organizations, ${MONTHS} months`);
    await migrateFreshDatabase(adminUrl, name);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const [i, sql] of loadStatements().entries()) {
      const started = performance.now();
      await client.query(sql);
      load[`statement ${i + 1}`] = Math.round(performance.now() - started);
    }
    await client.end();
    log(`loaded: ${JSON.stringify(load)} ms`);
  }
  const [{ n }] = await queryDatabase<{ n: string }>(url, 'select count(*) as n from report_rollup limit 1');
  if (n === '0') {
    // The product's own rebuild, past the request statement timeout (a load, not a request).
    const orm = await connectOrm(url, entities);
    const started = performance.now();
    await orm.em.fork().transactional(async (em) => {
      await em.execute('set local statement_timeout = 0');
      await rebuildRollup(em);
    });
    load.rollup = Math.round(performance.now() - started);
    await orm.close();
    await queryDatabase(url, 'analyze report_rollup');
    log(`pre-aggregate built in ${load.rollup} ms`);
  }
  const orm = await connectOrm(url, entities);
  // Migrations added since the load apply on top (as the main benchmark's database does).
  await migrateUp(orm);
  const counts = (
    await queryDatabase<{ values: string; rollup: string; organizations: string }>(
      url,
      `select (select count(*) from report_value) as values, (select count(*) from report_rollup) as rollup,
              (select count(*) from organization) as organizations`,
    )
  )[0]!;
  log(`values ${counts.values}, pre-aggregate rows ${counts.rollup}, organizations ${counts.organizations}`);

  // Every fork shares the ORM's connection: counting its statements once counts every request's.
  let statements = 0;
  const connection = orm.em.getConnection();
  const execute = connection.execute.bind(connection);
  connection.execute = ((...args: Parameters<typeof execute>) => {
    statements++;
    return execute(...args);
  }) as typeof execute;
  const ctx = contextOf(orm.em.fork());
  const codes = Array.from({ length: INDICATORS }, (_, i) => `BENCH_${String(i + 1).padStart(2, '0')}`);
  const base = {
    areaId: toGlobalId('AdministrativeArea', ROOT),
    periodType: PeriodType.YEAR,
    from: String(LAST_YEAR),
    to: null,
    source: IndicatorValueSource.APPROVED,
  };
  const measures: Measure[] = [];
  async function measure(label: string, run: () => Promise<number>): Promise<void> {
    await run(); // warm-up
    const times: number[] = [];
    let perRequest = 0;
    let rows = 0;
    for (let i = 0; i < ROUNDS; i++) {
      statements = 0;
      const started = performance.now();
      rows = await run();
      times.push(performance.now() - started);
      perRequest = statements;
    }
    times.sort((a, b) => a - b);
    const m = {
      name: label,
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      statements: perRequest,
      rows,
    };
    measures.push(m);
    log(
      `${label}: p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms, ${m.statements} statements, ${rows} rows`,
    );
  }
  await measure(`national figure, 1 indicator, year ${LAST_YEAR}`, async () => {
    const r = await readIndicatorValues(ctx, {
      ...base,
      indicatorCodes: [codes[0]!],
      groupBy: IndicatorGroupBy.NONE,
    });
    return r.values.length;
  });
  await measure(`province breakdown, ${INDICATORS} indicators, year ${LAST_YEAR}`, async () => {
    const r = await readIndicatorValues(ctx, {
      ...base,
      indicatorCodes: codes,
      groupBy: IndicatorGroupBy.CHILD_AREA,
    });
    return r.values.length;
  });
  const pending = await queryDatabase<{ id: string }>(
    url,
    `select id from report_submission where status = 'SUBMITTED' and form_id = $1 order by id limit ${ROUNDS + 1}`,
    [FORM],
  );
  let next = 0;
  await measure("a commune's submission approved (its transaction, rolled back)", async () => {
    const id = pending[next++ % pending.length]!.id;
    await orm.em
      .fork()
      .transactional(async (em) => {
        await em.execute(
          `update report_submission set status = 'APPROVED', approved_at = now() where id = ?`,
          [id],
        );
        await applyApprovedToRollup(em, [id]);
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    return 1;
  });
  await orm.close();

  const result = {
    scale: {
      provinces: PROVINCES,
      communes: COMMUNES,
      organizations: Number(counts.organizations),
      indicators: INDICATORS,
      months: MONTHS,
    },
    values: Number(counts.values),
    preAggregateRows: Number(counts.rollup),
    load,
    rounds: ROUNDS,
    measures,
    at: new Date().toISOString(),
  };
  const md = [
    `Roll-up benchmark: ${PROVINCES} provinces, ${COMMUNES} communes, ${counts.organizations} organizations, ${INDICATORS} indicators, ${MONTHS} months — ${Number(counts.values).toLocaleString('en')} values, ${Number(counts.rollup).toLocaleString('en')} pre-aggregate rows; ${ROUNDS} rounds each.`,
    '',
    '| request | p50 ms | p99 ms | SQL statements |',
    '|---|---:|---:|---:|',
    ...measures.map((m) => `| ${m.name} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.statements} |`),
    '',
  ].join('\n');
  mkdirSync('test-results/bench', { recursive: true });
  writeFileSync('test-results/bench/rollup.json', `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync('test-results/bench/rollup.md', md);
  console.log(md);
}

/** Thrown to roll a measured transaction back. */
class Rollback extends Error {}

await main();
