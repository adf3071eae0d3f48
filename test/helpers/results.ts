/**
 * Assertions on GraphQL answers shared by the tests: the data of a request that must succeed, the
 * error code of one that must fail, and the database id behind a global ID.
 */
import { expect } from 'vitest';
import type { GqlResult } from './server.js';
import { parseGlobalId } from '../../server/core/ids.js';

/** `extensions.code` of the first error, if any. */
export const codeOf = (result: GqlResult<unknown>) => result.errors?.[0]?.extensions?.code;

/** Asserts the request succeeded and returns its data. */
export function ok<T>(result: GqlResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data as T;
}

/** Asserts the request failed with `code` (and `field`, when given), under HTTP 500. */
export function fails(result: GqlResult<unknown>, code: string, field?: string, label = ''): void {
  expect(result.status, label).toBeLessThan(500);
  expect(codeOf(result), `${label} ${JSON.stringify(result.errors ?? result.data).slice(0, 300)}`).toBe(code);
  if (field) expect(result.errors?.[0]?.extensions?.field, label).toBe(field);
}

/** Database id of a global ID. */
export const dbId = (globalId: string): string => parseGlobalId(globalId)!.id;
