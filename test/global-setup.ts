import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/core/db/embedded.js';
import { compiledMigrationsDir } from '../server/core/db/orm.js';
import { unpackRegistryChromium } from './browser/chromium.js';
import { databaseUrlFor, migrateFreshDatabase } from './helpers/databases.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a server where tests may create databases. */
    adminUrl: string;
    /** Name of the migrated template database each test file copies. */
    templateDatabase: string;
  }
}

/**
 * Once per run: a PostgreSQL server (DATABASE_URL's, or an embedded one), and
 * a template database migrated from empty with the project's migrations.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(compiledMigrationsDir)) {
    throw new Error('dist/migrations is missing: run `npm run build` (npm test does) before vitest');
  }
  await unpackRegistryChromium();
  let embedded: EmbeddedDatabase | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'phoihop-test-'));
    embedded = await startEmbeddedPostgres({ dataDir: dir, database: 'postgres_admin', persistent: false });
    adminUrl = embedded.url;
  }
  const templateDatabase = `phoihop_tpl_${process.pid}_${Date.now()}`;
  await migrateFreshDatabase(adminUrl, templateDatabase);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    const client = new pg.Client({ connectionString: databaseUrlFor(adminUrl, 'postgres') });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [templateDatabase],
    );
    for (const row of rows) await client.query(`drop database if exists "${row.datname}" with (force)`);
    await client.end();
    await embedded?.stop();
  };
}
