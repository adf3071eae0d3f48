/**
 * Bursts of concurrent GraphQL requests for the load tests (test/load-bursts-*.test.ts): every
 * request bounded, so a hung server fails the test with a clear message, and the check that of
 * many writers at one version exactly one wins.
 */
import { expect } from 'vitest';
import { within } from './bounded.js';
import { codeOf } from './results.js';
import type { GqlResult } from './server.js';

/** How long one request may take in a burst before it counts as hung. */
export const ANSWER_BOUND_MS = 60_000;

/** Runs `call(0)` … `call(n - 1)` at once, each bounded by `ANSWER_BOUND_MS`. */
export function burst<T>(n: number, call: (i: number) => Promise<GqlResult<T>>): Promise<GqlResult<T>[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => within(ANSWER_BOUND_MS, call(i))));
}

/** Exactly one of `results` succeeded; every other one is CONFLICT. Returns the winner's index. */
export function oneWinner(results: GqlResult<unknown>[]): number {
  const winners = results.flatMap((r, i) => (r.errors ? [] : [i]));
  expect(winners).toHaveLength(1);
  expect(results.filter((r) => r.errors).map(codeOf)).toEqual(Array(results.length - 1).fill('CONFLICT'));
  return winners[0]!;
}
