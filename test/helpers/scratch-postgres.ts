import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { entities } from '../../server/app/entities.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/core/db/embedded.js';
import { connectOrm, migrateUp } from '../../server/core/db/orm.js';

/** A PostgreSQL 18 cluster of the test's own (embedded), in a temporary folder removed by `remove`. */
export interface ScratchCluster {
  /** The folder given to `startEmbeddedPostgres` as `dataDir`. */
  root: string;
  /** The cluster's data directory (`root/postgres`). */
  dataDir: string;
  db: EmbeddedDatabase;
  /** Starts the cluster again on the same data directory (after a stop or a restore). */
  restart(options?: { standby?: boolean }): Promise<EmbeddedDatabase>;
  remove(): Promise<void>;
}

/** Starts an embedded PostgreSQL in a fresh temporary folder, with the project's migrations applied. */
export async function startScratchCluster(
  options: { postgresFlags?: string[] } = {},
): Promise<ScratchCluster> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'phoihop-scratch-'));
  // The server runs as the `postgres` OS user when the tests run as root.
  chmodSync(root, 0o777);
  const start = (standby = false) =>
    startEmbeddedPostgres({
      dataDir: root,
      postgresFlags: options.postgresFlags,
      standby,
      log: process.env.DEBUG_POSTGRES ? (m) => process.stderr.write(m) : undefined,
    });
  const cluster: ScratchCluster = {
    root,
    dataDir: path.join(root, 'postgres'),
    db: await start(),
    restart: async (restartOptions = {}) => {
      cluster.db = await start(restartOptions.standby);
      return cluster.db;
    },
    remove: async () => {
      await cluster.db.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  const orm = await connectOrm(cluster.db.url, entities);
  try {
    await migrateUp(orm);
  } finally {
    await orm.close();
  }
  return cluster;
}
