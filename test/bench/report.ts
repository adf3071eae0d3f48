/*
 * The benchmark's output: the JSON of every figure and a markdown table with
 * the ratios to PostGraphile and to the SQL floor and the issue's targets
 * beside the measurements.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FanoutResult } from './fanout.js';
import type { Measurement } from './measure.js';
import type { TickResult } from './reminders.js';
import type { System } from './targets.js';

/** Statements that resolving one event's answer may take (the task and its access view), whatever its subscribers. */
const EVENT_RESOLUTION_STATEMENTS = 2;
/** One target's merged measurements, by system and concurrency. */
export interface TargetResult {
  name: string;
  title: string;
  note?: string;
  measurements: Measurement[];
  errors: Partial<Record<System, string>>;
  /** JSON objects in each system's answer (the same shape should give about the same number). */
  objects: Partial<Record<System, number>>;
}

/** Everything one run measured. */
export interface BenchResults {
  scale: string;
  quick: boolean;
  startedAt: string;
  machine: { cpus: number; node: string; postgres: string };
  targets: TargetResult[];
  fanout: FanoutResult[];
  reminders: TickResult | null;
  /** "My agency's tasks" at province scale (ms, c=1 p50), from a previous province run, for the national target. */
  provinceAgencyTasksP50Ms?: number;
}

const ms = (v: number | null | undefined) =>
  v === null || v === undefined || Number.isNaN(v) ? '–' : v.toFixed(1);
const rate = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : v.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || !b || Number.isNaN(a) || Number.isNaN(b)
    ? '–'
    : `${(a / b).toFixed(2)}×`;
const verdict = (ok: boolean | null) => (ok === null ? '–' : ok ? 'met' : '**not met**');

const find = (t: TargetResult, system: System, concurrency: number) =>
  t.measurements.find((m) => m.system === system && m.concurrency === concurrency);

/** Server + PostgreSQL CPU per request (at c=10, else c=1). */
const cpuOf = (t: TargetResult, system: System) => {
  const m = find(t, system, 10) ?? find(t, system, 1);
  return m ? m.serverCpuMsPerRequest + (m.postgresCpuMsPerRequest ?? 0) : undefined;
};

function targetTable(t: TargetResult, concurrencies: number[]): string[] {
  const lines = [
    `### ${t.title}`,
    '',
    ...(t.note ? [`${t.note}.`, ''] : []),
    `| system | c=1 p50 ms | c=1 p99 ms | ${concurrencies
      .filter((c) => c > 1)
      .map((c) => `c=${c} req/s | c=${c} p99 ms`)
      .join(' | ')} | server CPU ms/req | PostgreSQL CPU ms/req | SQL statements/req | objects returned |`,
    `|---|---|---|${concurrencies
      .filter((c) => c > 1)
      .map(() => '---|---')
      .join('|')}|---|---|---|---|`,
  ];
  for (const system of ['product', 'postgraphile', 'floor'] as System[]) {
    const one = find(t, system, 1);
    if (!one) {
      if (t.errors[system]) lines.push(`| ${system} | failed: ${t.errors[system]} |`);
      continue;
    }
    const load = find(t, system, 10) ?? one;
    lines.push(
      `| ${system} | ${ms(one.p50Ms)} | ${ms(one.p99Ms)} | ${concurrencies
        .filter((c) => c > 1)
        .map((c) => {
          const m = find(t, system, c);
          const failed = m?.failures ? ` (${m.failures} failed)` : '';
          return `${rate(m?.throughput)}${failed} | ${ms(m?.p99Ms)}`;
        })
        .join(
          ' | ',
        )} | ${ms(load.serverCpuMsPerRequest)} | ${ms(load.postgresCpuMsPerRequest)} | ${load.statementsPerRequest.toFixed(1)} | ${t.objects[system] ?? '–'} |`,
    );
  }
  const high = concurrencies.filter((c) => c > 1);
  const ratios = high.map(
    (c) =>
      `c=${c} throughput: ${ratio(find(t, 'product', c)?.throughput, find(t, 'postgraphile', c)?.throughput)} PostGraphile's, ${ratio(find(t, 'product', c)?.throughput, find(t, 'floor', c)?.throughput)} the floor's`,
  );
  lines.push(
    '',
    `Product ÷ others — ${[
      ...ratios,
      `CPU/req: ${ratio(cpuOf(t, 'product'), cpuOf(t, 'postgraphile'))} PostGraphile's, ${ratio(cpuOf(t, 'product'), cpuOf(t, 'floor'))} the floor's`,
    ].join('; ')}.`,
    '',
  );
  return lines;
}

/** The issue's targets, each with the measured value and whether it is met. */
function targetsTable(r: BenchResults): string[] {
  const get = (name: string) => r.targets.find((t) => t.name === name);
  const rows: [string, string, boolean | null][] = [];
  const plans = get('sharedPlans');
  if (plans) {
    const p = (s: System, c: number) => find(plans, s, c);
    const cpuP = cpuOf(plans, 'product');
    const cpuG = cpuOf(plans, 'postgraphile');
    rows.push([
      'Shared plans: server + PostgreSQL CPU/req ≤ PostGraphile’s',
      `${ms(cpuP)} vs ${ms(cpuG)} ms`,
      cpuP !== undefined && cpuG !== undefined ? cpuP <= cpuG : null,
    ]);
    for (const c of [10, 50]) {
      const [a, b, f] = [
        p('product', c)?.throughput,
        p('postgraphile', c)?.throughput,
        p('floor', c)?.throughput,
      ];
      rows.push([
        `Shared plans: c=${c} throughput ≥ 1.2× PostGraphile’s and ≥ 0.6× the floor’s`,
        `${ratio(a, b)} and ${ratio(a, f)}`,
        a !== undefined && b !== undefined && f !== undefined ? a >= 1.2 * b && a >= 0.6 * f : null,
      ]);
    }
    const [a, b] = [p('product', 10)?.p99Ms, p('postgraphile', 10)?.p99Ms];
    rows.push([
      'Shared plans: p99 at c=10 ≤ PostGraphile’s',
      `${ms(a)} vs ${ms(b)} ms`,
      a !== undefined && b !== undefined ? a <= b : null,
    ]);
    const statements = p('product', 1)?.statementsPerRequest;
    rows.push([
      'Shared plans: SQL statements/req a constant ≤ 6',
      statements === undefined ? '–' : statements.toFixed(1),
      statements === undefined ? null : statements <= 6,
    ]);
  }
  const small = get('small');
  if (small) {
    const c = small.measurements.some((m) => m.concurrency === 10) ? 10 : 1;
    const [a, b] = [find(small, 'product', c)?.throughput, find(small, 'postgraphile', c)?.throughput];
    rows.push([
      `Small query: throughput (c=${c}) ≥ PostGraphile’s`,
      `${rate(a)} vs ${rate(b)} req/s`,
      a !== undefined && b !== undefined ? a >= b : null,
    ]);
  }
  const agency = get('agencyTasks');
  if (agency && r.scale === 'national') {
    const national = find(agency, 'product', 1)?.p50Ms;
    const province = r.provinceAgencyTasksP50Ms;
    rows.push([
      '"My agency’s tasks" at national scale ≤ 1.5× province scale',
      `${ms(national)} vs ${ms(province)} ms`,
      national !== undefined && province !== undefined ? national <= 1.5 * province : null,
    ]);
  }
  const baselineOf = (f: FanoutResult) =>
    r.fanout.find((b) => b.system === 'baseline' && b.subscribers === f.subscribers && b.events === f.events);
  for (const f of r.fanout.filter((x) => x.system === 'product')) {
    const bare = baselineOf(f)?.serverCpuMsPerDelivery ?? 0.08;
    const label =
      f.events > 1 ? `burst of ${f.events} events to ${f.subscribers}` : `1 event to ${f.subscribers}`;
    const perEvent = f.statementsPerDelivery * f.subscribers;
    rows.push([
      `Fan-out, ${label}: server CPU/delivery ≤ bare graphql-ws's (${bare.toFixed(3)} ms)`,
      `${f.serverCpuMsPerDelivery.toFixed(3)} ms`,
      f.serverCpuMsPerDelivery <= bare,
    ]);
    // Issue 11, item 4: the answer may be "resolved once per event and distinct selection", with
    // no round trip per subscriber: the statements of one event must not grow with its subscribers.
    rows.push([
      `Fan-out, ${label}: no SQL per subscriber (the event's answer resolved once: ≤ ${EVENT_RESOLUTION_STATEMENTS} per event)`,
      `${f.statementsPerDelivery.toFixed(4)} SQL/delivery (${perEvent.toFixed(1)} per event)`,
      perEvent <= EVENT_RESOLUTION_STATEMENTS,
    ]);
    if (f.events === 1) {
      const bound = f.subscribers >= 10_000 ? 600 : 100;
      rows.push([`Fan-out, ${label}: p99 ≤ ${bound} ms`, `${ms(f.p99Ms)} ms`, f.p99Ms <= bound]);
    } else {
      rows.push([
        `Fan-out, ${label}: ≥ 25,000 deliveries/s`,
        `${Math.round(f.deliveriesPerSecond)}/s`,
        f.deliveriesPerSecond >= 25_000,
      ]);
    }
    rows.push([
      `Fan-out, ${label}: ≤ 25 KiB server memory per connection; 0 missed, 0 duplicated`,
      `${f.serverMemoryKiBPerConnection.toFixed(1)} KiB; ${f.missed} missed, ${f.duplicated} duplicated`,
      f.serverMemoryKiBPerConnection <= 25 && f.missed === 0 && f.duplicated === 0,
    ]);
  }
  if (r.reminders) {
    rows.push([
      `Reminder tick with nothing due ≤ 50 ms (${r.reminders.tasks.toLocaleString('en')} tasks; target at 1,000,000)`,
      `p50 ${ms(r.reminders.p50Ms)} ms, max ${ms(r.reminders.maxMs)} ms`,
      r.reminders.tasks >= 1_000_000 ? r.reminders.p50Ms <= 50 : null,
    ]);
  }
  return [
    '### Targets (issue 11)',
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...rows.map(([t, m, ok]) => `| ${t} | ${m} | ${verdict(ok)} |`),
    '',
  ];
}

/** The markdown report of `r`. */
export function markdown(r: BenchResults, concurrencies: number[]): string {
  const lines = [
    `## Benchmark, ${r.scale} scale${r.quick ? ' (quick mode)' : ''}`,
    '',
    `${r.startedAt}; ${r.machine.cpus} CPUs, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres}. ` +
      'Product, PostGraphile v5 (amber) and the SQL floor each in a process of its own on the same database, ' +
      'measured in alternation (ABAB); CPU from /proc, statements counted by each server.',
    '',
    ...targetsTable(r),
    ...r.targets.flatMap((t) => targetTable(t, concurrencies)),
  ];
  if (r.fanout.length) {
    lines.push(
      '### Fan-out (graphql-ws, `taskAssigned`)',
      '',
      '| system | subscribers | events | deliveries | p50 ms | p99 ms | deliveries/s | server CPU ms/delivery | SQL/delivery | KiB/connection | missed | duplicated |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...r.fanout.map(
        (f) =>
          `| ${f.system} | ${f.subscribers} | ${f.events} | ${f.deliveries} | ${ms(f.p50Ms)} | ${ms(f.p99Ms)} | ${Math.round(f.deliveriesPerSecond)} | ${f.serverCpuMsPerDelivery.toFixed(3)} | ${f.statementsPerDelivery.toFixed(3)} | ${f.serverMemoryKiBPerConnection.toFixed(1)} | ${f.missed} | ${f.duplicated} |`,
      ),
      '',
      'Latency is from the publication’s answer (for the product, the mutation’s, after its commit) to each delivery; the product’s CPU and statements are net of the mutation’s own (from the write target). The baseline is a bare graphql-ws server with the same pub/sub and no database.',
      '',
    );
  }
  return lines.join('\n');
}

/** Writes `results.json` and `results.md` under test-results/bench/ (git-ignored); returns the markdown's path. */
export function writeResults(r: BenchResults, concurrencies: number[]): string {
  const dir = path.join('test-results', 'bench');
  mkdirSync(dir, { recursive: true });
  const suffix = r.scale === 'province' ? '' : `-${r.scale}`;
  writeFileSync(path.join(dir, `results${suffix}.json`), `${JSON.stringify(r, null, 2)}\n`);
  const file = path.join(dir, `results${suffix}.md`);
  writeFileSync(file, `${markdown(r, concurrencies)}\n`);
  return file;
}
