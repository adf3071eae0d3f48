/*
 * The benchmark's database: on the PostgreSQL of DATABASE_URL (a database of
 * its own, `phoihop_bench_<scale>`), or on an embedded PostgreSQL 18 in
 * `.data/bench` when it is unset; created, migrated with the product's
 * migrations and loaded once per scale (a marker table remembers the load, so
 * a second run starts at once; `BENCH_REGENERATE=1` loads again).
 */
import pg from 'pg';
import { entities } from '../../server/app/entities.js';
import { startEmbeddedPostgres } from '../../server/core/db/embedded.js';
import { connectOrm, migrateUp } from '../../server/core/db/orm.js';
import { databaseUrlFor, queryDatabase } from '../helpers/databases.js';
import { generate, type Scale, type World } from './generate.js';

/** Bump when the generator changes: older loads are regenerated. */
const GENERATOR_VERSION = 2;

/** A loaded benchmark database. */
export interface BenchDatabase {
  url: string;
  name: string;
  world: World;
  /** PostgreSQL runs on this machine (its backends' CPU can be read from /proc). */
  local: boolean;
  stop(): Promise<void>;
}

const stopNothing = async (): Promise<void> => {};

/** Connects to (creating and loading when needed) the database of `scale`. */
export async function benchDatabase(scale: Scale, log: (line: string) => void): Promise<BenchDatabase> {
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = stopNothing;
  if (!serverUrl) {
    log('DATABASE_URL is not set: starting an embedded PostgreSQL in .data/bench');
    const embedded = await startEmbeddedPostgres({ dataDir: '.data/bench', database: 'bench' });
    serverUrl = embedded.url;
    stopServer = () => embedded.stop();
  }
  const name = `phoihop_bench_${scale.name}`;
  const url = databaseUrlFor(serverUrl, name);
  const host = new URL(serverUrl).hostname;
  const local = ['127.0.0.1', 'localhost', '::1', ''].includes(host);
  const marker = `${scale.name}:${GENERATOR_VERSION}`;
  const exists = await queryDatabase(serverUrl, 'select 1 from pg_database where datname = $1', [name]);
  let loaded = false;
  if (exists.length && !process.env.BENCH_REGENERATE) {
    const rows = await queryDatabase<{ marker: string }>(url, 'select marker from bench_load').catch(
      () => [],
    );
    loaded = rows[0]?.marker === marker;
  }
  if (!loaded) {
    log(`creating ${name} and loading the ${scale.name} scale (once; kept for later runs)`);
    await queryDatabase(serverUrl, `drop database if exists ${name} with (force)`);
    await queryDatabase(serverUrl, `create database ${name}`);
    const orm = await connectOrm(url, entities);
    await migrateUp(orm);
    await orm.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const started = Date.now();
    const world = await generate(client, scale);
    await client.query('create table bench_load (marker text not null, world jsonb not null)');
    await client.query('insert into bench_load values ($1, $2)', [marker, JSON.stringify(world)]);
    await client.end();
    log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const [{ world }] = await queryDatabase<{ world: World }>(url, 'select world from bench_load');
  // Migrations added since the load (other work in progress) apply on top.
  const orm = await connectOrm(url, entities);
  await migrateUp(orm);
  await orm.close();
  return { url, name, world, local, stop: stopServer };
}
