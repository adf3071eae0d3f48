import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { AuditSubscriber } from '../audit.js';
import { OrmLogger } from './orm-logger.js';
import { readConfig, type AppConfig } from '../config.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, found from this file whether it runs compiled (dist/server/core/db) or not. */
export const projectRoot = here.includes(`${path.sep}dist${path.sep}`)
  ? path.resolve(here.slice(0, here.lastIndexOf(`${path.sep}dist${path.sep}`)))
  : path.resolve(here, '../../..');

/** Where compiled migrations are read from (always the compiled JavaScript, see README). */
export const compiledMigrationsDir = path.join(projectRoot, 'dist', 'migrations');
/** Where new migrations are written (TypeScript, checked in). */
export const sourceMigrationsDir = path.join(projectRoot, 'migrations');

/** The pool size and the bounds on every wait, as read from the environment (README: "Under load"). */
export type DatabaseLimits = Pick<
  AppConfig,
  | 'databasePoolMax'
  | 'databaseAcquireTimeoutMs'
  | 'databaseStatementTimeoutMs'
  | 'databaseLockTimeoutMs'
  | 'databaseIdleInTransactionTimeoutMs'
>;

/** The limits when the caller names none: the defaults of `readConfig`. */
const defaultLimits = (): DatabaseLimits => readConfig({ NODE_ENV: 'development' });

/**
 * The `pg` pool options for `limits`: waiting for a pooled connection (or for a
 * new one to connect) gives up after the acquire timeout, and every connection
 * is opened with PostgreSQL's `statement_timeout`, `lock_timeout` and
 * `idle_in_transaction_session_timeout`, so no wait of a request is unbounded.
 */
function poolOptions(limits: DatabaseLimits): Partial<Options> {
  return {
    pool: { min: 0, max: limits.databasePoolMax },
    driverOptions: {
      connectionTimeoutMillis: limits.databaseAcquireTimeoutMs,
      statement_timeout: limits.databaseStatementTimeoutMs,
      lock_timeout: limits.databaseLockTimeoutMs,
      idle_in_transaction_session_timeout: limits.databaseIdleInTransactionTimeoutMs,
      // JIT compiling costs ~150 ms and pays off only on long analytical queries; the planner's
      // estimates of list queries joined against the viewer's reach cross its threshold (decision 013).
      // The working set is in memory, where a random page costs about what a sequential one does:
      // at the default (4) a batch of 1,000 ids is read by scanning the whole table (decision 025).
      options: '-c jit=off -c random_page_cost=1.1 -c plan_cache_mode=force_generic_plan',
    },
  };
}

/**
 * Options for MikroORM on PostgreSQL at `clientUrl` with the given entity
 * classes, its pool sized and bounded by `limits`.
 */
export function ormOptions(
  clientUrl: string,
  entities: Function[],
  extra: Partial<Options> = {},
  limits: DatabaseLimits = defaultLimits(),
): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    discovery: { warnWhenNoEntities: true },
    // Reference and collection loads made in the same tick are batched into one query.
    dataloader: true,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Statement durations are measured (metrics) whatever the caller's logging options.
    loggerFactory: (options) => new OrmLogger(options),
    ...poolOptions(limits),
    migrations: {
      path: compiledMigrationsDir,
      pathTs: compiledMigrationsDir,
      glob: '!(*.d).js',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
    ...extra,
  });
}

/** Connects MikroORM with the pool bounded by `limits` (default: the defaults of `readConfig`); the caller owns `close()`. */
export async function connectOrm(
  clientUrl: string,
  entities: Function[],
  extra: Partial<Options> = {},
  limits: DatabaseLimits = defaultLimits(),
) {
  return MikroORM.init(ormOptions(clientUrl, entities, extra, limits));
}

/**
 * A second ORM on `orm`'s database with the same options but a pool of its own of `max`
 * connections, named `application_name` in `pg_stat_activity`. Live delivery reads through
 * one, so a fan-out to thousands of subscribers never queues in front of requests.
 */
export async function connectSiblingOrm(
  orm: MikroORM,
  max: number,
  applicationName: string,
  extra: Partial<Options> = {},
): Promise<MikroORM> {
  const options = orm.config.getAll();
  return MikroORM.init({
    ...options,
    pool: { ...options.pool, min: 0, max },
    driverOptions: { ...options.driverOptions, application_name: applicationName },
    ...extra,
  } as Options);
}

/** Applies every pending migration. Returns the names applied. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
