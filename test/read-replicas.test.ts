import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inSystemTransaction } from '../server/core/transaction.js';
import { NotificationKind } from '../server/modules/notifications/notification.entity.js';
import { notify } from '../server/modules/notifications/notify.js';
import { gid, makeArea, makeUser, unique, type TestUser } from './helpers/factories.js';
import { startScratchCluster, startStandby, type ScratchCluster } from './helpers/scratch-postgres.js';
import { REDIS_URL } from './helpers/realtime.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { queryDatabase } from './helpers/databases.js';

const CreateOrganization = `
  mutation ReplicaCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) { organization { id code } }
  }
`;
const OrganizationsOfArea = `
  query ReplicaOrganizations($filter: OrganizationFilter) {
    organizations(filter: $filter, first: 50) { edges { node { code } } }
  }
`;
const Inbox = `
  query ReplicaInbox { notificationsAfter(first: 50) { id title } unreadNotificationCount }
`;

let primary: ScratchCluster;
let standby: ScratchCluster;
let ts: TestServer;
/** A second instance on the same databases and Redis (a load balancer may send the next request there). */
let other: TestServer;

/** Polls (bounded) until `check` holds: waiting on replication, which has no event to wait on. */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  await expect.poll(check, { timeout: 20_000, message: `timed out waiting for ${what}` }).toBe(true);
}

/** Waits until the standby has replayed everything the primary has written so far. */
async function replayed(): Promise<void> {
  const [{ lsn }] = await queryDatabase<{ lsn: string }>(
    primary.db.url,
    'select pg_current_wal_lsn()::text as lsn',
  );
  await until(async () => {
    const [row] = await queryDatabase<{ ok: boolean }>(
      standby.db.url,
      'select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok',
      [lsn],
    );
    return row.ok;
  }, 'the standby to replay');
}

async function pauseReplay(): Promise<void> {
  await queryDatabase(standby.db.url, 'select pg_wal_replay_pause()');
  await until(
    async () =>
      (await queryDatabase<{ s: string }>(standby.db.url, 'select pg_get_wal_replay_pause_state() as s'))[0]
        .s === 'paused',
    'replay to pause',
  );
}

const resumeReplay = () => queryDatabase(standby.db.url, 'select pg_wal_replay_resume()');

/** The SQL statements the server sends while `work` runs. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  ts.sql.reset();
  await work();
  return [...ts.sql.statements];
}

const viaReplica = (statement: string) => statement.includes("via read connection 'replica-1'");

async function codesSeenBy(user: TestUser, areaId: string, server = ts): Promise<string[]> {
  const result = await server.gql<{ organizations: { edges: { node: { code: string } }[] } }>(
    OrganizationsOfArea,
    { filter: { areaId } },
    user.token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.organizations.edges.map((e) => e.node.code);
}

beforeAll(async () => {
  primary = await startScratchCluster();
  standby = await startStandby(primary);
  const env = {
    DATABASE_REPLICA_URLS: standby.db.url,
    REDIS_URL,
    REDIS_CHANNEL_PREFIX: `${unique('replicas-')}:`,
  };
  ts = await startTestServer({ database: primary.db.url, env });
  other = await startTestServer({ database: primary.db.url, env });
}, 120_000);

afterAll(async () => {
  await ts?.stop();
  await other?.stop();
  await standby?.remove();
  await primary?.remove();
});

describe('read replicas (DATABASE_REPLICA_URLS, a real streaming standby)', () => {
  it('serves queries from the replica and mutations from the primary; the writer reads its own writes', async () => {
    const writer = await makeUser(ts.orm, { isSystemAdmin: true });
    const reader = await makeUser(ts.orm, { isSystemAdmin: true });
    const area = gid.area(await makeArea(ts.orm.em.fork()));
    await replayed();
    await pauseReplay();
    try {
      const code = unique('RR-');
      const mutation = await statementsOf(async () => {
        const created = await ts.gql(
          CreateOrganization,
          { input: { code, name: `Ban ${code}`, kind: 'MASS_MOBILIZATION_COMMISSION', areaId: area } },
          writer.token,
        );
        expect(created.errors).toBeUndefined();
      });
      expect(mutation.some((s) => s.includes('insert into "organization"'))).toBe(true);
      expect(mutation.filter(viaReplica)).toEqual([]);

      // The replica has not replayed the new organization: another session, reading there, does not see it yet…
      const readerQuery = await statementsOf(async () =>
        expect(await codesSeenBy(reader, area)).not.toContain(code),
      );
      expect(readerQuery.some((s) => viaReplica(s) && s.includes('"organization"'))).toBe(true);
      // …while the session that wrote it reads from the primary until the replica has caught up,
      // on whichever instance its next request reaches (the fence is shared through Redis).
      expect(await codesSeenBy(writer, area, other)).toContain(code);
      const writerQuery = await statementsOf(async () =>
        expect(await codesSeenBy(writer, area)).toContain(code),
      );
      // (On the replica only the check of how far it has replayed.)
      expect(writerQuery.filter((s) => viaReplica(s) && !s.includes('pg_last_wal_replay_lsn'))).toEqual([]);

      await resumeReplay();
      await replayed();
      expect(await codesSeenBy(reader, area)).toContain(code);
      const caughtUp = await statementsOf(async () =>
        expect(await codesSeenBy(writer, area)).toContain(code),
      );
      expect(caughtUp.some((s) => viaReplica(s) && s.includes('"organization"'))).toBe(true);
    } finally {
      await resumeReplay();
    }
  }, 60_000);

  it('reads the notification cursor (notificationsAfter) from the primary', async () => {
    const person = await makeUser(ts.orm);
    await replayed();
    await pauseReplay();
    try {
      const title = unique('Thông báo ');
      await inSystemTransaction(ts.orm.em, ts.pubsub, (em) =>
        notify(em, null, [person.person.id], {
          kind: NotificationKind.MEETING_SCHEDULED,
          title,
          subjectType: 'Meeting',
          subjectId: person.person.id,
        }),
      );
      const result = await ts.gql<{
        notificationsAfter: { title: string }[];
        unreadNotificationCount: number;
      }>(Inbox, {}, person.token);
      expect(result.errors).toBeUndefined();
      expect(result.data!.notificationsAfter.map((n) => n.title)).toEqual([title]);
      // The same request's other reads went to the replica, which has not replayed the notification.
      expect(result.data!.unreadNotificationCount).toBe(0);
    } finally {
      await resumeReplay();
    }
  }, 60_000);
});
