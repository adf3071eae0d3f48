import path from 'node:path';
import { readConfig } from '../core/config.js';
import { isDumpArchive, restoreBaseBackup, restoreDump } from '../core/db/backup.js';

/**
 * `npm run db:restore -- <file>`: restores a backup made by `npm run db:backup`.
 * A `pg_dump` archive is restored into DATABASE_URL's database with
 * `pg_restore` (in one transaction); a base backup replaces the embedded
 * database in DATA_DIR, which must be stopped (the old one is kept beside it).
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run db:restore -- <backup file>');
  const config = readConfig();
  if (isDumpArchive(file)) {
    if (!config.databaseUrl) throw new Error(`${file} is a pg_dump archive: set DATABASE_URL to restore it`);
    await restoreDump(file, config.databaseUrl);
    console.log(`Restored ${file} into DATABASE_URL's database`);
    return;
  }
  if (config.databaseUrl) {
    throw new Error(`${file} is a base backup of the embedded database: unset DATABASE_URL to restore it`);
  }
  const dataDir = path.resolve(config.dataDir, 'postgres');
  const previous = await restoreBaseBackup(file, dataDir);
  console.log(`Restored ${file} into ${dataDir}; it recovers on the next start.`);
  if (previous)
    console.log(`The replaced database is in ${previous}: delete it once the restore is checked.`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
