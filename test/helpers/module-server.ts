/**
 * The test server a module's helpers share (test/helpers/<module>.ts): its tests and its factories
 * read the same `ts` and `admin`, set before the file's tests by `useModuleServer`.
 */
import { makeUser, type TestUser } from './factories.js';
import { type TestServer, type UseTestServerOptions, useTestServer } from './server.js';

/** This file's test server (started by `useModuleServer()`, re-exported by each module's helpers). */
export let ts: TestServer;

/** A system administrator on this file's server. */
export let admin: TestUser;

/**
 * Starts this file's server and its administrator before its tests (then `setUp`: what the file's
 * tests share), stops it after.
 */
export function useModuleServer(options: UseTestServerOptions = {}): void {
  useTestServer({
    ...options,
    setUp: async (started) => {
      ts = started;
      admin = await makeUser(ts.orm, { isSystemAdmin: true });
      await options.setUp?.(started);
    },
  });
}
