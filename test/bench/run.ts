/*
 * `npm run bench`: the product beside PostGraphile v5 (amber preset) and a
 * hand-written SQL floor, on one generated database, measured in alternation
 * (ABAB: every round measures every system, in turn). Measures; asserts
 * nothing. Environment: BENCH_SCALE=province|national (default province),
 * BENCH_QUICK=1 (a short try), DATABASE_URL (else an embedded PostgreSQL),
 * BENCH_FANOUT=1000,10000 (subscriber counts; BENCH_FANOUT=0 skips fan-out),
 * BENCH_TARGETS=agencyTasks,reminders (only these; default all),
 * BENCH_PROFILE=<dir> (the product runs with `--cpu-prof` and writes its CPU profile there at exit).
 * Prints the markdown table and writes test-results/bench/results.{json,md}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type BenchDatabase, benchDatabase } from './database.js';
import { baselineSource, type FanoutResult, fanout, productSource } from './fanout.js';
import { SCALES, uuidOf } from './generate.js';
import { countObjects, runLoad } from './load.js';
import { type Measurement, measure, merge, type Probe } from './measure.js';
import { type Child, startChild } from './processes.js';
import { reminderTicks, type TickResult } from './reminders.js';
import { type BenchResults, markdown, type TargetResult, writeResults } from './report.js';
import { type Endpoints, readTargets, SYSTEMS, type System, type Target, writeTarget } from './targets.js';

const log = (line: string) => console.log(`[bench] ${line}`);
const scale = SCALES[(process.env.BENCH_SCALE ?? 'province') as keyof typeof SCALES];
if (!scale) throw new Error(`BENCH_SCALE must be province or national, not ${process.env.BENCH_SCALE}`);
const quick = Boolean(process.env.BENCH_QUICK);
const plan = quick
  ? { rounds: 1, concurrencies: [1, 10], requests: 30, seconds: 3, warmupSeconds: 2 }
  : { rounds: 2, concurrencies: [1, 10, 50], requests: 100, seconds: 6, warmupSeconds: 5 };
/** Clients of the warm-up that precedes each system's measurements. */
const WARMUP_CONCURRENCY = 10;
const fanoutSizes = (process.env.BENCH_FANOUT ?? (quick ? '200' : '1000,10000'))
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
/** BENCH_TARGETS=sharedPlans,small,agencyTasks,briefings,createTask,reminders,fanout (default: all). */
const only = process.env.BENCH_TARGETS?.split(',').map((t) => t.trim());
const wanted = (name: string) => !only || only.includes(name);
const METRICS_TOKEN = 'bench-metrics-token';
const dist = path.resolve('dist');

/** The product's statement counter, from its Prometheus metrics. */
async function productStatements(url: string): Promise<number> {
  const response = await fetch(url.replace(/\/graphql$/, '/metrics'), {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const text = await response.text();
  let total = 0;
  for (const match of text.matchAll(/^phoihop_db_statement_duration_seconds_count(?:\{[^}]*\})? (\d+)/gm)) {
    total += Number(match[1]);
  }
  return total;
}

/** A child's statement counter, from its stats port. */
const childStatements = (port: string) => async () =>
  ((await (await fetch(`http://127.0.0.1:${port}/`)).json()) as { statements: number }).statements;

async function startServers(db: BenchDatabase) {
  const node = process.execPath;
  const product = await startChild(
    'product',
    node,
    [
      ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
      path.join(dist, 'server/main.js'),
    ],
    {
      ...process.env,
      DATABASE_URL: db.url,
      NODE_ENV: 'production',
      TOKEN_SECRET: 'bench-token-secret-bench-token-secret-0123456789',
      METRICS_TOKEN,
      PORT: '0',
      LOG_LEVEL: 'info',
      REDIS_URL: '',
    },
    { url: /ready at (http:\/\/\S+)/ },
  );
  const postgraphile = await startChild(
    'postgraphile',
    node,
    [path.join(dist, 'bench/test/bench/postgraphile-server.js'), db.url],
    { ...process.env, GRAPHILE_ENV: 'production' },
    { port: /listening (\d+)/, stats: /stats (\d+)/ },
  );
  const floor = await startChild(
    'floor',
    node,
    [path.join(dist, 'bench/test/bench/floor-server.js'), db.url],
    process.env,
    { port: /listening (\d+)/, stats: /stats (\d+)/ },
  );
  const productUrl = product.found.url.endsWith('/graphql')
    ? product.found.url
    : `${product.found.url}/graphql`;
  const probes: Record<System, Probe> = {
    product: { pid: product.process.pid!, statements: () => productStatements(productUrl) },
    postgraphile: { pid: postgraphile.process.pid!, statements: childStatements(postgraphile.found.stats) },
    floor: { pid: floor.process.pid!, statements: childStatements(floor.found.stats) },
  };
  return {
    children: [product, postgraphile, floor] as Child[],
    probes,
    productUrl,
    postgraphileUrl: `http://127.0.0.1:${postgraphile.found.port}/graphql`,
    floorUrl: `http://127.0.0.1:${floor.found.port}`,
  };
}

async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      variables: { input: { email, password } },
    }),
  });
  const body = (await response.json()) as { data?: { signIn: { accessToken: string } }; errors?: unknown };
  if (!body.data) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  return body.data.signIn.accessToken;
}

/** Measures `target` on every system it has, round after round, systems in turn (ABAB). */
async function runTarget(target: Target, probes: Record<System, Probe>, database: string | null) {
  const result: TargetResult = {
    name: target.name,
    title: target.title,
    note: target.note,
    measurements: [],
    errors: {},
    objects: {},
  };
  const systems = SYSTEMS.filter((s) => target.send[s]);
  for (const system of systems) {
    try {
      await target.send[system]!((data) => {
        result.objects[system] = countObjects(data);
      });
      // Steady state, not start-up: every system first serves the target under load (JIT, caches, pools).
      const warmup = await runLoad(target.send[system]!, WARMUP_CONCURRENCY, {
        requests: Number.POSITIVE_INFINITY,
        seconds: plan.warmupSeconds,
      });
      if (warmup.failures) throw new Error(`${warmup.failures} requests failed while warming up`);
    } catch (error) {
      result.errors[system] = (error as Error).message.slice(0, 200);
      log(`${target.name} on ${system} failed: ${result.errors[system]}`);
    }
  }
  const working = systems.filter((s) => !result.errors[s]);
  const rounds = new Map<string, (Measurement & { latenciesMs: number[] })[]>();
  for (let round = 0; round < plan.rounds; round++) {
    for (const concurrency of plan.concurrencies) {
      for (const system of round % 2 === 0 ? working : working.toReversed()) {
        const m = await measure(
          system,
          target.send[system]!,
          probes[system],
          concurrency,
          { requests: concurrency === 1 ? plan.requests : Number.POSITIVE_INFINITY, seconds: plan.seconds },
          database,
        );
        const key = `${system}/${concurrency}`;
        rounds.set(key, [...(rounds.get(key) ?? []), m]);
        log(
          `${target.name} ${system} c=${concurrency}: ${m.throughput.toFixed(1)} req/s, p50 ${m.p50Ms.toFixed(1)} ms, p99 ${m.p99Ms.toFixed(1)} ms, ${m.statementsPerRequest.toFixed(1)} SQL/req${m.failures ? `, ${m.failures} failed` : ''}`,
        );
      }
    }
  }
  for (const measurements of rounds.values()) result.measurements.push(merge(measurements));
  return result;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(dist, 'server/main.js')))
    throw new Error('build the server first (npm run build:server)');
  const startedAt = new Date().toISOString();
  const db = await benchDatabase(scale, log);
  const servers = await startServers(db);
  const postgresVersion = await (async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    await client.end();
    return rows[0].server_version;
  })();
  const database = db.local ? db.name : null;
  try {
    const token = await signIn(servers.productUrl, db.world.email, db.world.password);
    const at: Endpoints = {
      product: servers.productUrl,
      productToken: token,
      postgraphile: servers.postgraphileUrl,
      floor: servers.floorUrl,
    };
    const targets: TargetResult[] = [];
    for (const target of readTargets(db.world, at).filter((t) => wanted(t.name)))
      targets.push(await runTarget(target, servers.probes, database));
    const P = scale.provinces;
    // The write also prices the fan-out's mutations.
    const write =
      wanted('createTask') || wanted('fanout')
        ? await runTarget(
            writeTarget(db.world, at, [uuidOf('org', P + P + 1), uuidOf('org', P + 2 * P + 1)]),
            servers.probes,
            database,
          )
        : null;
    if (write) targets.push(write);

    let reminders: TickResult | null = null;
    if (wanted('reminders')) {
      log('reminder ticks');
      reminders = await reminderTicks(db.url, scale.tasks, quick ? 3 : 10);
      log(
        `reminder tick with nothing due: p50 ${reminders.p50Ms.toFixed(1)} ms (catch-up ${reminders.catchUpMs.toFixed(0)} ms)`,
      );
    }

    const fanouts: FanoutResult[] = [];
    const writeOne = write?.measurements.find((m) => m.concurrency === 1);
    const mutation = {
      cpuMs: writeOne?.serverCpuMsPerRequest ?? 0,
      statements: Math.round(writeOne?.statementsPerRequest ?? 0),
    };
    const sizes = wanted('fanout') ? fanoutSizes : [];
    const baseline = sizes.length
      ? await startChild(
          'baseline',
          process.execPath,
          [path.join(dist, 'bench/test/bench/baseline-server.js')],
          process.env,
          { port: /listening (\d+)/ },
        )
      : null;
    servers.children.push(...(baseline ? [baseline] : []));
    const sources = [
      productSource({
        url: servers.productUrl,
        token,
        organizationId: db.world.rootId,
        probe: servers.probes.product,
        mutation,
      }),
      ...(baseline
        ? [
            baselineSource({
              port: baseline.found.port,
              probe: { pid: baseline.process.pid!, statements: async () => 0 },
              publishCpuMs: 0,
            }),
          ]
        : []),
    ];
    for (const [subscribers, events] of [
      ...sizes.map((n) => [n, 1]),
      ...(sizes.length ? [[Math.min(1000, sizes[0]), quick ? 10 : 100]] : []),
    ]) {
      // The product and the bare graphql-ws baseline in turn.
      for (const source of sources) {
        log(`fan-out on ${source.system}: ${events} event(s) to ${subscribers} subscribers`);
        try {
          const f = await fanout(source, subscribers, events, log);
          fanouts.push(f);
          log(
            `  p99 ${f.p99Ms.toFixed(1)} ms, ${Math.round(f.deliveriesPerSecond)} deliveries/s, ${f.serverCpuMsPerDelivery.toFixed(3)} ms CPU/delivery (bench client ${f.clientCpuMsPerDelivery.toFixed(3)} ms), ${f.missed} missed`,
          );
        } catch (error) {
          log(`  failed: ${(error as Error).message}`);
        }
      }
    }

    const previous = path.join('test-results', 'bench', 'results.json');
    const results: BenchResults = {
      scale: scale.name,
      quick,
      startedAt,
      machine: { cpus: cpus().length, node: process.versions.node, postgres: postgresVersion },
      targets,
      fanout: fanouts,
      reminders,
      provinceAgencyTasksP50Ms:
        scale.name === 'national' && existsSync(previous)
          ? (JSON.parse(readFileSync(previous, 'utf8')) as BenchResults).targets
              .find((t) => t.name === 'agencyTasks')
              ?.measurements.find((m) => m.system === 'product' && m.concurrency === 1)?.p50Ms
          : undefined,
    };
    const file = writeResults(results, plan.concurrencies);
    console.log(`\n${markdown(results, plan.concurrencies)}`);
    log(`written ${file} and its .json`);
  } finally {
    for (const child of servers.children) await child.stop();
    await db.stop();
  }
}

await main();
