/*
 * One measurement of one system: load with `concurrency` clients, and around
 * it the server process's CPU, the PostgreSQL backends' CPU and the SQL
 * statements the server sent.
 */
import { type LoadResult, quantile, runLoad, type Send } from './load.js';
import { cpuMsOf, postgresCpuBetween, postgresCpuMs } from './processes.js';
import type { System } from './targets.js';

/** How to read a system's process and statement counter. */
export interface Probe {
  pid: number;
  statements(): Promise<number>;
}

/** One measurement's figures. */
export interface Measurement {
  system: System;
  concurrency: number;
  requests: number;
  failures: number;
  seconds: number;
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  serverCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number | null;
  statementsPerRequest: number;
}

/** Runs `send` under load and reads the counters around it. */
export async function measure(
  system: System,
  send: Send,
  probe: Probe,
  concurrency: number,
  limit: { requests: number; seconds: number },
  database: string | null,
): Promise<Measurement & { latenciesMs: number[] }> {
  const statementsBefore = await probe.statements();
  const postgresBefore = database ? postgresCpuMs(database) : null;
  const cpuBefore = cpuMsOf(probe.pid);
  const result: LoadResult = await runLoad(send, concurrency, limit);
  const cpuAfter = cpuMsOf(probe.pid);
  const postgresAfter = database ? postgresCpuMs(database) : null;
  const statementsAfter = await probe.statements();
  const n = Math.max(1, result.requests);
  return {
    system,
    concurrency,
    requests: result.requests,
    failures: result.failures,
    seconds: result.seconds,
    throughput: result.requests / result.seconds,
    p50Ms: quantile(result.latenciesMs, 0.5),
    p99Ms: quantile(result.latenciesMs, 0.99),
    serverCpuMsPerRequest: (cpuAfter - cpuBefore) / n,
    postgresCpuMsPerRequest:
      postgresBefore && postgresAfter ? postgresCpuBetween(postgresBefore, postgresAfter) / n : null,
    statementsPerRequest: (statementsAfter - statementsBefore) / n,
    latenciesMs: result.latenciesMs,
  };
}

/** Several rounds of one system at one concurrency, merged (sums of work, latencies pooled). */
export function merge(rounds: (Measurement & { latenciesMs: number[] })[]): Measurement {
  const requests = rounds.reduce((s, r) => s + r.requests, 0);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  const weighted = (f: (r: Measurement) => number | null) =>
    rounds.some((r) => f(r) === null)
      ? null
      : rounds.reduce((s, r) => s + (f(r) ?? 0) * r.requests, 0) / Math.max(1, requests);
  const latencies = rounds.flatMap((r) => r.latenciesMs);
  return {
    system: rounds[0].system,
    concurrency: rounds[0].concurrency,
    requests,
    failures: rounds.reduce((s, r) => s + r.failures, 0),
    seconds,
    throughput: requests / seconds,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    serverCpuMsPerRequest: weighted((r) => r.serverCpuMsPerRequest) ?? 0,
    postgresCpuMsPerRequest: weighted((r) => r.postgresCpuMsPerRequest),
    statementsPerRequest: weighted((r) => r.statementsPerRequest) ?? 0,
  };
}
