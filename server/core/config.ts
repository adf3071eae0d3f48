/** Process configuration, read and validated once from the environment (README: "Configuration"). */
export interface AppConfig {
  /** HTTP port; 0 picks a free one (tests). */
  port: number;
  /** PostgreSQL connection string; when absent an embedded PostgreSQL is started. */
  databaseUrl: string | undefined;
  /** Read replicas (comma-separated URLs in `DATABASE_REPLICA_URLS`); read-only operations go there. */
  databaseReplicaUrls: string[];
  /** Most pooled connections per instance (`DATABASE_POOL_MAX`). */
  databasePoolMax: number;
  /**
   * Connections of the separate pool that live delivery (subscriptions, the inbox stream) reads
   * through (`DATABASE_LIVE_POOL_MAX`), so a large fan-out never waits in line with requests.
   */
  databaseLivePoolMax: number;
  /** How long a request waits for a pooled connection before it answers 503 (`DATABASE_ACQUIRE_TIMEOUT_MS`). */
  databaseAcquireTimeoutMs: number;
  /** Longest a statement may run (`DATABASE_STATEMENT_TIMEOUT_MS`; PostgreSQL `statement_timeout`). */
  databaseStatementTimeoutMs: number;
  /** Longest a statement waits for a lock (`DATABASE_LOCK_TIMEOUT_MS`; PostgreSQL `lock_timeout`). */
  databaseLockTimeoutMs: number;
  /** Longest a transaction may sit idle (`DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS`). */
  databaseIdleInTransactionTimeoutMs: number;
  /** Statements taking at least this long are logged (`SLOW_QUERY_MS`; 0 logs every one). */
  slowQueryMs: number;
  /** Reads outside a transaction go as named prepared statements (decision 027); off behind a pooler that cannot keep them. */
  databasePreparedStatements: boolean;
  /** `production` turns off introspection, demo data and detailed errors. */
  nodeEnv: string;
  /** Secret used to sign access tokens (HS256). */
  tokenSecret: string;
  /** Where the embedded PostgreSQL keeps its files. */
  dataDir: string;
  /** Redis for fanning events out across server instances (and shared rate limits); in-process when unset. */
  redisUrl: string | undefined;
  /** Prefix of the Redis channel and key names, when several deployments share one Redis. */
  redisChannelPrefix: string;
  /**
   * Express `trust proxy` setting (`TRUST_PROXY`): unset/false trusts no proxy (the socket's
   * address is the client's); `true`, a hop count, or a list of addresses/subnets otherwise.
   */
  trustProxy: boolean | number | string;
  /**
   * Interval of the WebSocket keep-alive pings (`WS_KEEPALIVE_MS`; graphql-ws's own): a client
   * that has not answered a ping when this much time has passed is dropped.
   */
  wsKeepAliveMs: number;
  /** A query is compiled with graphql-jit once it has run this many times (`GRAPHQL_JIT_AFTER`; 0: never, decision 026). */
  graphqlJitAfter: number;
  /** pino log level (`LOG_LEVEL`). */
  logLevel: string;
  /** Bearer token that `/metrics` requires (`METRICS_TOKEN`); unset with no `METRICS_PORT`: metrics are off. */
  metricsToken: string | undefined;
  /** Serve `/metrics` on this separate port instead (`METRICS_PORT`), unauthenticated. */
  metricsPort: number | undefined;
}

/** A configuration value that does not parse: the message names the variable and what it takes. */
export class ConfigError extends Error {
  constructor(variable: string, expected: string, got: string) {
    super(`${variable} must be ${expected} (got "${got}")`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `a whole number from ${min} to ${max}`, raw);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, 'true or false', raw);
}

function url(name: string, raw: string): string {
  try {
    const parsed = new URL(raw);
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error('protocol');
  } catch {
    throw new ConfigError(name, 'a postgres:// URL', raw.replace(/\/\/[^@]*@/, '//…@'));
  }
  return raw;
}

function trustProxy(raw: string | undefined): AppConfig['trustProxy'] {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

/** Reads the configuration from `process.env`, with development defaults; throws `ConfigError` on a wrong value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const tokenSecret =
    env.TOKEN_SECRET ?? (nodeEnv === 'production' ? '' : 'phoihop-development-secret-change-me');
  if (!tokenSecret || tokenSecret.length < 32) {
    throw new Error('TOKEN_SECRET must be set to at least 32 characters in production');
  }
  const logLevel = env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError('LOG_LEVEL', `one of ${LOG_LEVELS.join(', ')}`, logLevel);
  const metricsPort = env.METRICS_PORT ? integer(env, 'METRICS_PORT', 0, 0, 65535) : undefined;
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL ? url('DATABASE_URL', env.DATABASE_URL) : undefined,
    databaseReplicaUrls: (env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((u) => url('DATABASE_REPLICA_URLS', u)),
    databasePoolMax: integer(env, 'DATABASE_POOL_MAX', 10, 2, 1000),
    databaseLivePoolMax: integer(env, 'DATABASE_LIVE_POOL_MAX', 3, 1, 1000),
    databaseAcquireTimeoutMs: integer(env, 'DATABASE_ACQUIRE_TIMEOUT_MS', 10_000, 100, 600_000),
    databaseStatementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 100, 3_600_000),
    databaseLockTimeoutMs: integer(env, 'DATABASE_LOCK_TIMEOUT_MS', 10_000, 100, 3_600_000),
    databaseIdleInTransactionTimeoutMs: integer(
      env,
      'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS',
      60_000,
      100,
      3_600_000,
    ),
    slowQueryMs: integer(env, 'SLOW_QUERY_MS', 500, 0, 3_600_000),
    databasePreparedStatements: flag(env, 'DATABASE_PREPARED_STATEMENTS', true),
    nodeEnv,
    tokenSecret,
    dataDir: env.DATA_DIR ?? '.data',
    redisUrl: env.REDIS_URL || undefined,
    redisChannelPrefix: env.REDIS_CHANNEL_PREFIX ?? '',
    trustProxy: trustProxy(env.TRUST_PROXY),
    wsKeepAliveMs: integer(env, 'WS_KEEPALIVE_MS', 12_000, 100, 600_000),
    graphqlJitAfter: integer(env, 'GRAPHQL_JIT_AFTER', 2, 0, 1000),
    logLevel,
    metricsToken: env.METRICS_TOKEN || undefined,
    metricsPort,
  };
}

/** True when the process runs in production mode. */
export const isProduction = (config: Pick<AppConfig, 'nodeEnv'>): boolean => config.nodeEnv === 'production';
