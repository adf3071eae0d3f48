import pg from 'pg';
import { entities } from '../../server/app/entities.js';
import { connectOrm, migrateUp } from '../../server/core/db/orm.js';

/** The same server URL pointing at database `name`. */
export function databaseUrlFor(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs one statement on the database at `url` over a connection of its own (outside the application); its rows. */
export async function queryDatabase<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Runs SQL on the server's `postgres` maintenance database. */
export async function onServer(adminUrl: string, sql: string): Promise<void> {
  await queryDatabase(databaseUrlFor(adminUrl, 'postgres'), sql);
}

/** Creates an empty database and applies every migration to it. */
export async function migrateFreshDatabase(adminUrl: string, name: string): Promise<string> {
  await onServer(adminUrl, `create database "${name}"`);
  const url = databaseUrlFor(adminUrl, name);
  const orm = await connectOrm(url, entities);
  try {
    await migrateUp(orm);
  } finally {
    await orm.close();
  }
  return url;
}

/** Copies the migrated template into a new database for one test file; returns its URL. */
export async function cloneTemplate(adminUrl: string, template: string, name: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      await onServer(adminUrl, `create database "${name}" template "${template}"`);
      return databaseUrlFor(adminUrl, name);
    } catch (error) {
      // Two copies of one template at the same instant can collide; try again.
      if (attempt >= 10 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 300));
    }
  }
}
