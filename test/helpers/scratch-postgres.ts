import { appendFileSync, chmodSync, chownSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { entities } from '../../server/app/entities.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/core/db/embedded.js';
import { connectOrm, migrateUp, ormOptions } from '../../server/core/db/orm.js';
import { restoreBaseBackup, takeBaseBackup } from '../../server/core/db/backup.js';

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
  const migrations = { ...ormOptions(cluster.db.url, entities).migrations, silent: true };
  const orm = await connectOrm(cluster.db.url, entities, { migrations });
  try {
    await migrateUp(orm);
  } finally {
    await orm.close();
  }
  return cluster;
}

/**
 * A streaming-replication standby of `primary`: a base backup taken with the
 * low-level API, restored into a new folder with `standby.signal` and
 * `primary_conninfo`, started on its own port (hot standby: read-only queries).
 */
export async function startStandby(primary: ScratchCluster): Promise<ScratchCluster> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'phoihop-standby-'));
  chmodSync(root, 0o777);
  const dataDir = path.join(root, 'postgres');
  const archive = path.join(root, 'base.tar.gz');
  await takeBaseBackup(primary.db.url, primary.dataDir, archive);
  await restoreBaseBackup(archive, dataDir);
  const { port } = new URL(primary.db.url);
  const owner = statSync(path.join(dataDir, 'PG_VERSION'));
  const signal = path.join(dataDir, 'standby.signal');
  writeFileSync(signal, '');
  chownSync(signal, owner.uid, owner.gid);
  appendFileSync(
    path.join(dataDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${port} user=postgres password=postgres'\n`,
  );
  const start = () =>
    startEmbeddedPostgres({
      dataDir: root,
      standby: true,
      log: process.env.DEBUG_POSTGRES ? (m) => process.stderr.write(m) : undefined,
    });
  const standby: ScratchCluster = {
    root,
    dataDir,
    db: await start(),
    restart: async () => {
      standby.db = await start();
      return standby.db;
    },
    remove: async () => {
      await standby.db.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
  return standby;
}
