/*
 * Load generation: a fixed number of requests, or as many as fit in a time
 * window, sent by `concurrency` clients each waiting for its answer before the
 * next (closed loop); every request's latency is kept.
 */
import { performance } from 'node:perf_hooks';

/** One request; rejects (or resolves false) when the answer is wrong. `inspect` gets the answer's data. */
export type Send = (inspect?: (data: unknown) => void) => Promise<boolean>;

/** How many JSON objects `value` holds (itself included): the objects a client receives. */
export function countObjects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countObjects(v), 0);
  if (value && typeof value === 'object') {
    return 1 + Object.values(value).reduce((n: number, v) => n + countObjects(v), 0);
  }
  return 0;
}

/** What a load run saw. */
export interface LoadResult {
  requests: number;
  failures: number;
  seconds: number;
  latenciesMs: number[];
}

/** Sends with `concurrency` clients until `requests` were sent or `seconds` passed, whichever comes first. */
export async function runLoad(send: Send, concurrency: number, limit: { requests: number; seconds: number }) {
  const latenciesMs: number[] = [];
  let failures = 0;
  let started = 0;
  const start = performance.now();
  const deadline = start + limit.seconds * 1000;
  const client = async () => {
    while (started < limit.requests && performance.now() < deadline) {
      started++;
      const t = performance.now();
      const ok = await send().catch(() => false);
      latenciesMs.push(performance.now() - t);
      if (!ok) failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return { requests: latenciesMs.length, failures, seconds: (performance.now() - start) / 1000, latenciesMs };
}

/** The `q`-quantile (0..1) of `values`. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
