import path from 'node:path';
import { existsSync } from 'node:fs';
import { readConfig } from '../core/config.js';
import { dumpDatabase, takeBaseBackup } from '../core/db/backup.js';
import { runningPostmaster, startEmbeddedPostgres } from '../core/db/embedded.js';

/**
 * `npm run db:backup [-- <file>]`: backs up the database. With DATABASE_URL,
 * `pg_dump` in the custom format (client tools of the server's major version
 * must be on PATH); without, a base backup of the embedded database in
 * DATA_DIR taken with PostgreSQL's low-level API while it runs (started for
 * the backup when the application is not running). Prints the file written.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.resolve(
    process.argv[2] ?? path.join('backups', `phoihop-${stamp}.${config.databaseUrl ? 'dump' : 'tar.gz'}`),
  );
  if (config.databaseUrl) {
    await dumpDatabase(config.databaseUrl, file);
  } else {
    const dataDir = path.resolve(config.dataDir, 'postgres');
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`no database in ${dataDir}`);
    const running = runningPostmaster(dataDir);
    if (running) {
      await takeBaseBackup(`postgres://postgres:postgres@127.0.0.1:${running.port}/postgres`, dataDir, file);
    } else {
      const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
      try {
        await takeBaseBackup(embedded.url, dataDir, file);
      } finally {
        await embedded.stop();
      }
    }
  }
  console.log(`Backup written to ${file}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
