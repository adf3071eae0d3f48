import { execFile } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  chmodSync,
  chownSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { runningPostmaster } from './embedded.js';

const run = promisify(execFile);

/**
 * What a base backup leaves out of the data directory, per PostgreSQL's
 * "Making a Base Backup Using the Low Level API": files of the running server,
 * contents rebuilt at start-up, and the WAL (added after `pg_backup_stop`).
 */
const EXCLUDED = [
  './postmaster.pid',
  './postmaster.opts',
  './backup_label',
  './backup_label.old',
  './tablespace_map',
  './standby.signal',
  './recovery.signal',
  './pg_wal/*',
  './pg_replslot/*',
  './pg_dynshmem/*',
  './pg_notify/*',
  './pg_serial/*',
  './pg_snapshots/*',
  './pg_stat_tmp/*',
  './pg_subtrans/*',
  '*/pgsql_tmp*',
];

/** The outcome of a base backup. */
export interface BaseBackup {
  /** The `.tar.gz` written. */
  archive: string;
  /** WAL position where the backup started and where it is consistent. */
  startLsn: string;
  stopLsn: string;
}

/** Runs GNU tar; exit code 1 ("a file changed as we read it") is expected while the server runs. */
async function tar(args: string[], changingFilesAllowed = false): Promise<void> {
  try {
    await run('tar', args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    if (changingFilesAllowed && (error as { code?: number }).code === 1) return;
    throw error;
  }
}

/**
 * Takes a base backup of the running server at `url`, whose data directory
 * is `dataDir` on this machine, with PostgreSQL's low-level API: one session
 * runs `pg_backup_start`, the data directory is archived (as it changes),
 * `pg_backup_stop` returns the `backup_label` (and `tablespace_map`) written
 * into the archive, then the WAL written up to then is appended, so the
 * archive restores by itself (recovery replays that WAL on first start).
 */
export async function takeBaseBackup(url: string, dataDir: string, archive: string): Promise<BaseBackup> {
  const owner = statSync(dataDir);
  mkdirSync(path.dirname(path.resolve(archive)), { recursive: true });
  // Staged beside the archive (same file system), so the finished file is renamed into place.
  const staging = mkdtempSync(path.join(path.dirname(path.resolve(archive)), '.phoihop-backup-'));
  const tarFile = path.join(staging, 'base.tar');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const label = `phoihop ${new Date().toISOString()}`;
    // A temporary slot (dropped when this session ends) keeps every WAL segment from here on until
    // pg_wal is archived below, however many checkpoints a long backup lives through.
    const slot = `phoihop_backup_${process.pid}_${Date.now()}`;
    await client.query('select pg_create_physical_replication_slot($1, true, true)', [slot]);
    const started = await client.query<{ lsn: string }>('select pg_backup_start($1, true)::text as lsn', [
      label,
    ]);
    await tar(
      [
        '-cf',
        tarFile,
        '-C',
        dataDir,
        '--ignore-failed-read',
        '--warning=no-file-changed',
        '--warning=no-file-removed',
      ]
        .concat(EXCLUDED.map((p) => `--exclude=${p}`))
        .concat(['.']),
      true,
    );
    const stopped = await client.query<{ lsn: string; labelfile: string; spcmapfile: string }>(
      'select lsn::text, labelfile, spcmapfile from pg_backup_stop(true)',
    );
    const { lsn, labelfile, spcmapfile } = stopped.rows[0];
    const extras = path.join(staging, 'extras');
    mkdirSync(extras);
    await writeFile(path.join(extras, 'backup_label'), labelfile, { mode: 0o600 });
    const files = ['./backup_label'];
    if (spcmapfile) {
      await writeFile(path.join(extras, 'tablespace_map'), spcmapfile, { mode: 0o600 });
      files.push('./tablespace_map');
    }
    // The server's OS user (not us, when we are root) must read them after a restore.
    for (const file of files) chownSync(path.join(extras, file), owner.uid, owner.gid);
    await tar(['-rf', tarFile, '-C', extras, ...files]);
    // Every WAL segment present now covers start..stop: recovery replays up to (at least) the stop LSN.
    await tar(['-rf', tarFile, '-C', dataDir, '--warning=no-file-changed', './pg_wal'], true);
    await run('gzip', [tarFile]);
    renameSync(`${tarFile}.gz`, archive);
    return { archive, startLsn: started.rows[0].lsn, stopLsn: lsn };
  } finally {
    await client.end().catch(() => {});
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Replaces `dataDir` with the base backup in `archive`. The server must be
 * stopped. The old directory is kept beside it (returned) until the operator
 * deletes it. On the next start PostgreSQL finds `backup_label` and recovers.
 */
export async function restoreBaseBackup(archive: string, dataDir: string): Promise<string | null> {
  if (runningPostmaster(dataDir)) {
    throw new Error(`PostgreSQL is running on ${dataDir}: stop the server before restoring`);
  }
  const target = path.resolve(dataDir);
  const unpacked = `${target}.restoring`;
  rmSync(unpacked, { recursive: true, force: true });
  mkdirSync(unpacked, { recursive: true });
  await tar(['-xzf', path.resolve(archive), '-C', unpacked]);
  // PostgreSQL refuses a data directory others can read; it must belong to the server's user.
  const owner = statSync(path.join(unpacked, 'PG_VERSION'));
  chownSync(unpacked, owner.uid, owner.gid);
  chmodSync(unpacked, 0o700);
  let previous: string | null = null;
  if (existsSync(target)) {
    previous = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, previous);
  }
  renameSync(unpacked, target);
  return previous;
}

/** Whether `file` is a `pg_dump` custom-format archive (else a base backup `.tar.gz`). */
export function isDumpArchive(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const magic = Buffer.alloc(5);
    readSync(fd, magic, 0, 5, 0);
    return magic.toString('latin1') === 'PGDMP';
  } finally {
    closeSync(fd);
  }
}

/** The major version of the PostgreSQL server at `url`. */
export async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
    return Math.floor(Number(rows[0].v) / 10000);
  } finally {
    await client.end();
  }
}

/** The major version of a PostgreSQL client tool on PATH (`pg_dump`, `pg_restore`), or null when absent. */
export async function clientMajorVersion(tool: string): Promise<number | null> {
  try {
    const { stdout } = await run(tool, ['--version']);
    const match = /(\d+)(?:\.\d+)?/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Fails with a clear message unless `tool` of the server's major version is on PATH. */
async function requireMatchingTool(tool: string, url: string): Promise<void> {
  const [server, client] = await Promise.all([serverMajorVersion(url), clientMajorVersion(tool)]);
  if (client !== server) {
    throw new Error(
      `${tool} ${client ?? '(not found)'} cannot ${tool === 'pg_dump' ? 'back up' : 'restore into'} a PostgreSQL ${server} server: ` +
        `install the PostgreSQL ${server} client tools (e.g. postgresql-client-${server}) and put them first on PATH`,
    );
  }
}

/** Dumps the database at `url` into `archive` with `pg_dump` (custom format). */
export async function dumpDatabase(url: string, archive: string): Promise<void> {
  await requireMatchingTool('pg_dump', url);
  mkdirSync(path.dirname(path.resolve(archive)), { recursive: true });
  await run('pg_dump', ['--format=custom', '--file', archive, '--dbname', url]);
}

/**
 * Restores `archive` (from `dumpDatabase`) into the database at `url` with
 * `pg_restore`: the dumped objects are dropped and recreated in one
 * transaction, so a failure leaves the database as it was.
 */
export async function restoreDump(archive: string, url: string): Promise<void> {
  await requireMatchingTool('pg_restore', url);
  await run('pg_restore', [
    '--clean',
    '--if-exists',
    '--single-transaction',
    '--exit-on-error',
    '--dbname',
    url,
    archive,
  ]);
}
