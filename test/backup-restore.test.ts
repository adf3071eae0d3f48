import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientMajorVersion,
  dumpDatabase,
  restoreBaseBackup,
  restoreDump,
  serverMajorVersion,
  takeBaseBackup,
} from '../server/core/db/backup.js';
import { gid, makeArea, makeUser, unique } from './helpers/factories.js';
import { startScratchCluster, type ScratchCluster } from './helpers/scratch-postgres.js';
import { startTestServer, type TestServer, useTestServer } from './helpers/server.js';

const CreateOrganization = `
  mutation BackupCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { organization { id } }
  }
`;

/** Everything a restore must bring back, row for row. */
async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const organizations = await client.query('select id, code, name from organization order by id');
    const audit = await client.query('select * from audit_record order by id');
    const migrations = await client.query('select name from mikro_orm_migrations order by id');
    return { organizations: organizations.rows, audit: audit.rows, migrations: migrations.rows };
  } finally {
    await client.end();
  }
}

/** Creates an organization through the API (so an audit record is written); returns its code. */
async function createOrganization(ts: TestServer, token: string): Promise<string> {
  const area = await makeArea(ts.orm.em.fork());
  const code = unique('BK-');
  const result = await ts.gql(
    CreateOrganization,
    { input: { code, name: `Ban ${code}`, kind: 'MASS_MOBILIZATION_COMMISSION', areaId: gid.area(area) } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return code;
}

const backups = mkdtempSync(path.join(os.tmpdir(), 'phoihop-backups-'));
afterAll(() => rmSync(backups, { recursive: true, force: true }));

describe('backup and restore of the embedded database (low-level base backup API)', () => {
  let cluster: ScratchCluster;
  beforeAll(async () => {
    cluster = await startScratchCluster();
  }, 60_000);
  afterAll(() => cluster?.remove());

  it('restores the state at backup time: the later change is gone, the rest (audit log included) intact', async () => {
    let ts = await startTestServer({ database: cluster.db.url });
    const admin = await makeUser(ts.orm, { isSystemAdmin: true });
    const kept = await createOrganization(ts, admin.token);
    const before = await snapshot(cluster.db.url);
    expect(before.organizations.map((o) => o.code)).toContain(kept);
    expect(before.audit.length).toBeGreaterThan(0);

    const archive = path.join(backups, 'embedded.tar.gz');
    const backup = await takeBaseBackup(cluster.db.url, cluster.dataDir, archive);
    expect(existsSync(backup.archive)).toBe(true);

    const lost = await createOrganization(ts, admin.token);
    expect((await snapshot(cluster.db.url)).audit.length).toBeGreaterThan(before.audit.length);
    await ts.stop();
    await cluster.db.stop();

    const previous = await restoreBaseBackup(archive, cluster.dataDir);
    expect(previous && existsSync(previous)).toBeTruthy();
    await cluster.restart();
    const after = await snapshot(cluster.db.url);
    expect(after.organizations.map((o) => o.code)).not.toContain(lost);
    expect(after).toEqual(before);

    // The restored database is a working one: the application writes to it again.
    ts = await startTestServer({ database: cluster.db.url });
    await createOrganization(ts, (await makeUser(ts.orm, { isSystemAdmin: true })).token);
    await ts.stop();
  }, 120_000);

  it('refuses pg_dump of another major version than the server, naming the client to install', async (context) => {
    const [server, client] = await Promise.all([
      serverMajorVersion(cluster.db.url),
      clientMajorVersion('pg_dump'),
    ]);
    if (server === client) context.skip('the client tools match this server');
    await expect(dumpDatabase(cluster.db.url, path.join(backups, 'refused.dump'))).rejects.toThrow(
      `install the PostgreSQL ${server} client tools`,
    );
    expect(existsSync(path.join(backups, 'refused.dump'))).toBe(false);
  });

  it('refuses to restore over a running server', async () => {
    await expect(restoreBaseBackup(path.join(backups, 'embedded.tar.gz'), cluster.dataDir)).rejects.toThrow(
      /stop the server/,
    );
  });
});

describe('backup and restore of a DATABASE_URL database (pg_dump / pg_restore, custom format)', () => {
  const ts = useTestServer();

  it('restores the dumped state, audit log included', async (context) => {
    const [server, client] = await Promise.all([
      serverMajorVersion(ts.databaseUrl),
      clientMajorVersion('pg_dump'),
    ]);
    if (server !== client) context.skip(`pg_dump ${client} does not match server ${server}`);
    const admin = await makeUser(ts.orm, { isSystemAdmin: true });
    const kept = await createOrganization(ts, admin.token);
    const before = await snapshot(ts.databaseUrl);

    const archive = path.join(backups, 'database.dump');
    await dumpDatabase(ts.databaseUrl, archive);
    const lost = await createOrganization(ts, admin.token);
    await restoreDump(archive, ts.databaseUrl);

    const after = await snapshot(ts.databaseUrl);
    expect(after.organizations.map((o) => o.code)).toContain(kept);
    expect(after.organizations.map((o) => o.code)).not.toContain(lost);
    expect(after).toEqual(before);
  }, 60_000);
});
