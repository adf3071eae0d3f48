/** Process configuration, read once from the environment. */
export interface AppConfig {
  /** HTTP port; 0 picks a free one (tests). */
  port: number;
  /** PostgreSQL connection string; when absent an embedded PostgreSQL is started. */
  databaseUrl: string | undefined;
  /** `production` turns off introspection, demo data and detailed errors. */
  nodeEnv: string;
  /** Secret used to sign access tokens (HS256). */
  tokenSecret: string;
  /** Where the embedded PostgreSQL keeps its files. */
  dataDir: string;
  /** Redis for fanning events out across server instances; in-process when unset. */
  redisUrl: string | undefined;
  /** Prefix of the Redis channel names, when several deployments share one Redis. */
  redisChannelPrefix: string;
}

/** Reads the configuration from `process.env`, with development defaults. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const tokenSecret =
    env.TOKEN_SECRET ?? (nodeEnv === 'production' ? '' : 'phoihop-development-secret-change-me');
  if (!tokenSecret || tokenSecret.length < 32) {
    throw new Error('TOKEN_SECRET must be set to at least 32 characters in production');
  }
  return {
    port: env.PORT === undefined ? 4000 : Number(env.PORT),
    databaseUrl: env.DATABASE_URL || undefined,
    nodeEnv,
    tokenSecret,
    dataDir: env.DATA_DIR ?? '.data',
    redisUrl: env.REDIS_URL || undefined,
    redisChannelPrefix: env.REDIS_CHANNEL_PREFIX ?? '',
  };
}

/** True when the process runs in production mode. */
export const isProduction = (config: Pick<AppConfig, 'nodeEnv'>): boolean => config.nodeEnv === 'production';
