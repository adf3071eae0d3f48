import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  it('has a default for every variable but the production secret', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      databaseReplicaUrls: [],
      databasePoolMax: 10,
      databaseLivePoolMax: 3,
      databaseAcquireTimeoutMs: 10_000,
      databaseStatementTimeoutMs: 30_000,
      databaseLockTimeoutMs: 10_000,
      databaseIdleInTransactionTimeoutMs: 60_000,
      databasePreparedStatements: true,
      trustProxy: false,
      logLevel: 'info',
      metricsToken: undefined,
      metricsPort: undefined,
    });
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(/TOKEN_SECRET/);
  });

  it('reads the values it is given', () => {
    const config = readConfig({
      PORT: '0',
      DATABASE_URL: 'postgres://app@db.internal:5432/phoihop',
      DATABASE_REPLICA_URLS: 'postgres://r1/phoihop, postgresql://r2/phoihop',
      DATABASE_POOL_MAX: '25',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      LOG_LEVEL: 'debug',
      METRICS_PORT: '9464',
    });
    expect(config).toMatchObject({
      port: 0,
      databaseReplicaUrls: ['postgres://r1/phoihop', 'postgresql://r2/phoihop'],
      databasePoolMax: 25,
      trustProxy: 'loopback, 10.0.0.0/8',
      logLevel: 'debug',
      metricsPort: 9464,
    });
    expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(readConfig({ DATABASE_PREPARED_STATEMENTS: 'false' }).databasePreparedStatements).toBe(false);
    expect(readConfig({ DATABASE_PREPARED_STATEMENTS: '1' }).databasePreparedStatements).toBe(true);
  });

  it.each([
    ['PORT', '80000'],
    ['DATABASE_POOL_MAX', 'ten'],
    ['DATABASE_POOL_MAX', '1'],
    ['DATABASE_LIVE_POOL_MAX', '0'],
    ['DATABASE_ACQUIRE_TIMEOUT_MS', '2.5'],
    ['DATABASE_STATEMENT_TIMEOUT_MS', '-1'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['DATABASE_REPLICA_URLS', 'postgres://ok/db,not a url'],
    ['LOG_LEVEL', 'verbose'],
    ['METRICS_PORT', 'x'],
    ['DATABASE_PREPARED_STATEMENTS', 'yes'],
  ])('refuses %s=%s with an error naming the variable', (variable, value) => {
    expect(() => readConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => readConfig({ [variable]: value })).toThrow(new RegExp(`^${variable} must be`));
  });

  it('never echoes the credentials of a wrong database URL', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://admin:s3cret@localhost/db' })).toThrow(
      /^DATABASE_URL must be a postgres:\/\/ URL \(got "mysql:\/\/…@localhost\/db"\)$/,
    );
  });

  it('stops the server at start with that message and exit code 1', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const run = spawnSync(process.execPath, ['dist/server/main.js'], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', DATABASE_POOL_MAX: 'many' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      'invalid configuration: DATABASE_POOL_MAX must be a whole number',
    );
  });
});
