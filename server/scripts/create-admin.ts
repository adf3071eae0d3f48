import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { entities } from '../app/entities.js';
import { createContext } from '../app/context-factory.js';
import { readConfig, type AppConfig } from '../core/config.js';
import { runningPostmaster, startEmbeddedPostgres } from '../core/db/embedded.js';
import { connectOrm, migrateUp } from '../core/db/orm.js';
import { badInput, DomainError } from '../core/errors.js';
import { createEventBus } from '../core/pubsub.js';
import { ensureSystemAdmin } from '../modules/users/commands/ensure-system-admin.js';

/** The audit log's `operation` for this command (no user acts: the actor is empty). */
const CLI_OPERATION = 'cli:admin:create';

const USAGE = `Usage: npm run admin:create -- --email <email> --name "<full name>" [--reset-password]

Makes <email> a system administrator: creates the person and the account when missing, or
promotes an existing account (keeping its password unless --reset-password). Running it again
changes nothing. The password (at least 12 characters, not an obvious one) comes from the
ADMIN_PASSWORD environment variable, else it is asked for (not echoed) — never from a flag.
Uses the server's configuration: DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (attached
to when the server runs, started for the moment otherwise).`;

/**
 * `npm run admin:create`: creates (or promotes) a system administrator on any database,
 * audited as `cli:admin:create`. Exit code 0 when the account is a system administrator
 * afterwards, 1 on bad input (e.g. a weak password), 2 on wrong usage (0 after `--help`).
 */
async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (!args) return 2;
  const config = readConfig();
  const database = await openDatabase(config);
  const orm = await connectOrm(database.url, entities, {}, config);
  const pubsub = createEventBus();
  try {
    await migrateUp(orm);
    const ctx = createContext({ orm, config, pubsub }, null);
    ctx.operation = CLI_OPERATION;
    const { user, outcome } = await ensureSystemAdmin(ctx, { ...args, password: readPassword });
    const said = {
      created: 'created system administrator',
      promoted: 'made system administrator (password unchanged)',
      'password-reset': 'system administrator, password reset',
      unchanged: 'already a system administrator; nothing changed',
    }[outcome];
    console.log(`${user.email}: ${said}. Sign in with this email and its password.`);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`Refused: ${error.message}`);
    return 1;
  } finally {
    await pubsub.close();
    await orm.close();
    await database.stop();
  }
}

/** The command line's options, or null (usage printed) when they are wrong. */
function readArgs(argv: string[]): { email: string; fullName: string; resetPassword: boolean } | null {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'reset-password': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (!values.email || !values.name) throw new Error('--email and --name are required');
    return { email: values.email, fullName: values.name, resetPassword: values['reset-password'] };
  } catch (error) {
    const passwordFlag = argv.some((arg) => arg.startsWith('--password'));
    const reason = passwordFlag
      ? 'the password is never a flag (it would stay in the shell history): set ADMIN_PASSWORD or answer the prompt'
      : (error as Error).message;
    console.error(`${reason}\n\n${USAGE}`);
    return null;
  }
}

/** The password from ADMIN_PASSWORD, else asked twice on the terminal without echo. */
async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) {
    throw badInput('password', 'set ADMIN_PASSWORD (there is no terminal to ask for the password)');
  }
  const first = await askHidden('Password for the administrator: ');
  const again = await askHidden('Repeat it: ');
  if (first !== again) throw badInput('password', 'the two passwords differ');
  return first;
}

/** Reads one line from the terminal without echoing it (Ctrl-C aborts). */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    process.stdout.write(question);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let answer = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\u0003') {
          process.stdout.write('\n');
          process.exit(130);
        } else if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(answer);
          return;
        } else if (char === '\u007f' || char === '\b') {
          answer = [...answer].slice(0, -1).join('');
        } else {
          answer += char;
        }
      }
    };
    stdin.on('data', onData);
  });
}

/**
 * The database to use: DATABASE_URL; else the embedded PostgreSQL of DATA_DIR — the running
 * server's (read from its `postmaster.pid`), or started until this command ends.
 */
async function openDatabase(config: AppConfig): Promise<{ url: string; stop(): Promise<void> }> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const running = runningPostmaster(path.resolve(config.dataDir, 'postgres'));
  if (running) {
    return { url: `postgres://postgres:postgres@127.0.0.1:${running.port}/phoihop`, stop: async () => {} };
  }
  console.log(`DATABASE_URL is not set: starting the embedded PostgreSQL in ${config.dataDir}/ for a moment`);
  return startEmbeddedPostgres({ dataDir: config.dataDir });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
