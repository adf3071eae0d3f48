/**
 * `npm run admin:create` (dist/server/scripts/create-admin.js) on an empty production database:
 * the operator's way to the first administrator, who then signs in to a production-mode server.
 */
import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../server/core/logger.js';
import { AuditRecord } from '../server/modules/audit/audit-record.entity.js';
import { warnWhenNoSystemAdmin } from '../server/modules/users/commands/ensure-system-admin.js';
import { User } from '../server/modules/users/user.entity.js';
import { makeUser } from './helpers/factories.js';
import { cloneTemplate } from './helpers/databases.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const root = path.resolve(import.meta.dirname, '..');
const TOKEN_SECRET = 'a-production-secret-of-at-least-32-characters';
const PASSWORD = 'Ngày 2 tháng 9 năm 1945!';
const PRODUCTION = { NODE_ENV: 'production', TOKEN_SECRET };

/** A production-mode server on a fresh migrated database with no account at all. */
async function startProductionServer(): Promise<TestServer> {
  const template = inject('templateDatabase');
  const database = await cloneTemplate(
    inject('adminUrl'),
    template,
    `${template}_adm_${randomUUID().slice(0, 8)}`,
  );
  return startTestServer({ database, env: PRODUCTION });
}

/** Runs the built command with the server's configuration; resolves with its exit code and output. */
function createAdmin(
  ts: TestServer,
  args: string[],
  adminPassword?: string,
): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...PRODUCTION, DATABASE_URL: ts.databaseUrl };
  delete env.ADMIN_PASSWORD;
  if (adminPassword !== undefined) env.ADMIN_PASSWORD = adminPassword;
  const child = spawn(process.execPath, ['dist/server/scripts/create-admin.js', ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

async function signIn(ts: TestServer, email: string, password: string) {
  const signedIn = await ts.gql<{ signIn: { accessToken: string } }>(
    'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }',
    { i: { email, password } },
  );
  if (!signedIn.data) return null;
  const viewer = await ts.gql<{ viewer: { email: string; isSystemAdmin: boolean } }>(
    '{ viewer { email isSystemAdmin } }',
    {},
    signedIn.data.signIn.accessToken,
  );
  return viewer.data?.viewer ?? null;
}

/** The audit records of the command's runs on this test's database, oldest first. */
const auditOfRuns = (ts: TestServer) =>
  ts.orm.em.fork().find(AuditRecord, { operation: 'cli:admin:create' }, { orderBy: { occurredAt: 'asc' } });

let ts: TestServer | undefined;
afterEach(() => ts?.stop());

// Each case starts the command as a process of its own (about 2 s of CPU to load): on a loaded
// 2-core machine a case takes longer than the suite's 30 s default.
describe('npm run admin:create', { timeout: 90_000 }, () => {
  it('gives an empty production database its first administrator, who signs in; running it again changes nothing; both runs are audited', async () => {
    ts = await startProductionServer();
    const lines: string[] = [];
    const capture = new Writable({ write: (chunk, _enc, done) => done(void lines.push(String(chunk))) });
    expect(
      await warnWhenNoSystemAdmin(ts.orm.em.fork(), createLogger({ level: 'info', destination: capture })),
    ).toBe(true);
    expect(lines.join('')).toContain('npm run admin:create -- --email');

    const email = 'QuanTri@So-Noi-Vu.gov.vn';
    const first = await createAdmin(ts, ['--email', email, '--name', 'Nguyễn Văn An'], PASSWORD);
    expect(first).toMatchObject({ code: 0 });
    expect(first.output).toContain('quantri@so-noi-vu.gov.vn: created system administrator');
    expect(await signIn(ts, 'quantri@so-noi-vu.gov.vn', PASSWORD)).toEqual({
      email: 'quantri@so-noi-vu.gov.vn',
      isSystemAdmin: true,
    });

    // No password needed (nor asked) for an account that exists; the old one still works.
    const again = await createAdmin(ts, ['--email', email, '--name', 'Nguyễn Văn An']);
    expect(again.code).toBe(0);
    expect(again.output).toContain('already a system administrator; nothing changed');
    expect(await signIn(ts, 'quantri@so-noi-vu.gov.vn', PASSWORD)).toMatchObject({ isSystemAdmin: true });
    expect(await ts.orm.em.fork().count(User, { isSystemAdmin: true })).toBe(1);

    const user = await ts.orm.em.fork().findOneOrFail(User, { email: 'quantri@so-noi-vu.gov.vn' });
    const records = await auditOfRuns(ts);
    expect(records).toHaveLength(2);
    expect(records.every((r) => r.actorUserId === null && r.actorApiTokenId === null)).toBe(true);
    expect(records[0].changes).toContainEqual(
      expect.objectContaining({
        entity: 'User',
        id: user.id,
        kind: 'create',
        after: expect.objectContaining({ isSystemAdmin: true, passwordHash: '[redacted]' }),
      }),
    );
    expect(records[1].changes).toEqual([]);
    expect(await warnWhenNoSystemAdmin(ts.orm.em.fork(), createLogger({ level: 'silent' }))).toBe(false);
  });

  it('refuses a weak password and a password given as a flag, and creates nothing', async () => {
    ts = await startProductionServer();
    const args = ['--email', 'tranthiyeu@so-tu-phap.gov.vn', '--name', 'Trần Thị Yếu'];
    const cases: [string, string][] = [
      ['ngan-qua', 'at least 12 characters'],
      ['phoihop-2025-lang-son', 'must not contain "phoihop"'],
      ['TranThiYeu-2025-09-02', 'must not contain "tranthiyeu"'],
      ['aaaaaaaaaaaaaaaa', 'at least 6 different characters'],
    ];
    // The refusals are independent runs of the command: side by side, not one after another.
    const runs = await Promise.all(cases.map(([password]) => createAdmin(ts!, args, password)));
    runs.forEach((run, i) => {
      expect(run.code, cases[i][0]).toBe(1);
      expect(run.output).toContain(cases[i][1]);
    });
    const flag = await createAdmin(ts, [...args, '--password', PASSWORD]);
    expect(flag.code).toBe(2);
    expect(flag.output).toContain('the password is never a flag');
    const noTerminal = await createAdmin(ts, args);
    expect(noTerminal.code).toBe(1);
    expect(noTerminal.output).toContain('set ADMIN_PASSWORD');
    expect(await ts.orm.em.fork().count(User, {})).toBe(0);
  });

  it('promotes an existing account keeping its password, and resets the password only when asked', async () => {
    ts = await startProductionServer();
    const { user } = await makeUser(ts.orm);
    const promoted = await createAdmin(ts, ['--email', user.email, '--name', 'ignored']);
    expect(promoted.output).toContain('made system administrator (password unchanged)');
    expect(await signIn(ts, user.email, PASSWORD)).toBeNull();

    const reset = await createAdmin(
      ts,
      ['--email', user.email, '--name', 'ignored', '--reset-password'],
      PASSWORD,
    );
    expect(reset.code).toBe(0);
    expect(reset.output).toContain('system administrator, password reset');
    expect(await signIn(ts, user.email, PASSWORD)).toEqual({ email: user.email, isSystemAdmin: true });
    expect((await auditOfRuns(ts)).map((r) => r.recordIds)).toEqual([[user.id], [user.id]]);
  });
});
