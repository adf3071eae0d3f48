import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import pg from 'pg';
import { entities } from '../app/entities.js';
import { startEmbeddedPostgres } from '../core/db/embedded.js';
import { connectOrm, migrateUp, sourceMigrationsDir } from '../core/db/orm.js';

/**
 * `npm run migration:create [name]`: applies the existing migrations to a
 * scratch database, diffs it against the entities and writes the difference
 * as a new TypeScript migration in migrations/. Uses DATABASE_URL's server
 * when set, else a throw-away embedded PostgreSQL.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: mkdtempSync(path.join(os.tmpdir(), 'phoihop-mig-')),
        persistent: false,
      });
  const serverUrl = new URL(process.env.DATABASE_URL ?? embedded!.url);
  const scratch = `phoihop_migration_${Date.now()}`;
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(serverUrl), { pathname: '/postgres' }).toString(),
  });
  await admin.connect();
  await admin.query(`create database "${scratch}"`);
  try {
    const orm = await connectOrm(
      Object.assign(new URL(serverUrl), { pathname: `/${scratch}` }).toString(),
      entities,
    );
    try {
      await migrateUp(orm);
      const result = await orm.migrator.create(sourceMigrationsDir, false, false, name);
      console.log(
        result.fileName
          ? `Wrote migrations/${result.fileName}`
          : 'No changes: the entities match the migrations.',
      );
    } finally {
      await orm.close();
    }
  } finally {
    await admin.query(`drop database "${scratch}" with (force)`);
    await admin.end();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
