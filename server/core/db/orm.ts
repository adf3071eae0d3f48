import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM, type Options } from '@mikro-orm/postgresql';
import { AuditSubscriber } from '../audit.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, found from this file whether it runs compiled (dist/server/core/db) or not. */
export const projectRoot = here.includes(`${path.sep}dist${path.sep}`)
  ? path.resolve(here.slice(0, here.lastIndexOf(`${path.sep}dist${path.sep}`)))
  : path.resolve(here, '../../..');

/** Where compiled migrations are read from (always the compiled JavaScript, see README). */
export const compiledMigrationsDir = path.join(projectRoot, 'dist', 'migrations');
/** Where new migrations are written (TypeScript, checked in). */
export const sourceMigrationsDir = path.join(projectRoot, 'migrations');

/** Options for MikroORM on PostgreSQL at `clientUrl` with the given entity classes. */
export function ormOptions(clientUrl: string, entities: Function[], extra: Partial<Options> = {}): Options {
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
    pool: { min: 0, max: 10 },
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

/** Connects MikroORM; the caller owns `close()`. */
export async function connectOrm(clientUrl: string, entities: Function[], extra: Partial<Options> = {}) {
  return MikroORM.init(ormOptions(clientUrl, entities, extra));
}

/** Applies every pending migration. Returns the names applied. */
export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((m) => m.name);
}
