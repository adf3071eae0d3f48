import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A server running as its own process, as `npm start` runs it. */
export interface ServerProcess {
  child: ChildProcess;
  /** The GraphQL URL it printed when ready. */
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, then waits for the process to exit. */
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');

/** Every process started here, so a test file can stop what it left running. */
const started = new Set<ServerProcess>();

/**
 * Starts `node dist/server/main.js` with `env` (its `DATABASE_URL` must hold at least one
 * organization, or the process loads the demo data; `DATABASE_URL: ''` starts the embedded
 * PostgreSQL); resolves once it says it is ready.
 * Another process shares no memory with the test's own servers: what two instances have
 * in common goes through the database or Redis.
 */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'info',
    ...env,
  };
  if (!childEnv.DATABASE_URL) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // Plain text ("ready at http://…") or a JSON log line ("url":"http://…").
      const match = /(?:ready at |"url":")(http:\/\/[^\s"]+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited early (${code}):\n${output}`)));
  });
  const running: ServerProcess = {
    child,
    url,
    output: () => output,
    stop: async () => {
      started.delete(running);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  started.add(running);
  return running;
}

/** Stops every process this test file started and has not stopped (for `afterAll`). */
export async function stopServerProcesses(): Promise<void> {
  await Promise.all([...started].map((p) => p.stop()));
}
