/**
 * Live delivery never depends on unrelated transactions (issue 10): the inbox
 * is read by commit-ordered numbers (docs/decisions/010), so a write
 * transaction left open in another database, or on an unrelated table of this
 * one, delays neither the live events, nor the inbox stream, nor the catch-up;
 * and a notification that commits late still never lands before a cursor
 * already handed out.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { beforeCommit } from '../server/core/domain-events.js';
import { toGlobalId } from '../server/core/ids.js';
import { inSystemTransaction } from '../server/core/transaction.js';
import { NotificationKind } from '../server/modules/notifications/notification.entity.js';
import { notify } from '../server/modules/notifications/notify.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { graphql } from './generated/index.js';
import { databaseUrlFor, onServer } from './helpers/databases.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique, type TestUser } from './helpers/factories.js';
import { connectClient, Role, subscribe, type TestClient } from './helpers/realtime.js';
import { useTestServer } from './helpers/server.js';
import { ok } from './helpers/results.js';

const Briefing = graphql(`
  subscription CursorBriefing($organizationId: ID!) {
    briefingScheduleChanged(organizationId: $organizationId) { change meetingId }
  }
`);

const Inbox = graphql(`
  subscription CursorInbox($after: String) {
    notificationAdded(after: $after) { kind subjectId cursor }
  }
`);

const InboxAfter = graphql(`
  query CursorInboxAfter($after: String) {
    notificationsAfter(after: $after) { subjectId cursor }
  }
`);

const Schedule = graphql(`
  mutation CursorSchedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { meeting { id } }
  }
`);

const Reschedule = graphql(`
  mutation CursorReschedule($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) { meeting { id } }
  }
`);

const CreateTask = graphql(`
  mutation CursorCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { task { id } }
  }
`);

/** A generous bound for "arrives" on a busy machine; a missing event fails by timing out. */
const ARRIVES = { timeout: 10_000 };

const ts = useTestServer({
  tearDown: async () => {
    for (const c of clients) await c.dispose();
  },
});
const clients: TestClient[] = [];

async function agency(): Promise<Organization> {
  const em = ts.orm.em.fork();
  return makeOrganization(em, { area: await makeArea(em), name: `Cơ quan ${unique()}` });
}

function connect(user: TestUser) {
  const client = connectClient(ts.wsUrl, user.token);
  clients.push(client);
  return client.client;
}

/** A PostgreSQL session holding a write transaction open (it has a transaction id) until `end`. */
async function openWriteTransaction(url: string, statement = 'select txid_current()') {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('begin');
  await client.query(statement);
  return {
    end: async () => {
      await client.query('rollback');
      await client.end();
    },
  };
}

/**
 * With `blocker` open: a meeting rescheduled by the host reaches the
 * briefing subscriber of the host, a host colleague's inbox stream, and the catch-up query.
 */
async function deliversWhileOpen(blocker: { end(): Promise<void> }) {
  const host = await agency();
  const coordinator = await makeUserWith(ts.orm, host.id, Role.COORDINATOR);
  // A colleague's inbox: the coordinator is not told of its own changes.
  const reader = await makeUserWith(ts.orm, host.id, Role.VIEWER);
  const briefing = await subscribe(
    connect(coordinator),
    Briefing,
    { organizationId: gid.org(host) },
    ts.events,
  );
  const inbox = await subscribe(connect(reader), Inbox, { after: null }, ts.events);
  try {
    const meeting = ok(
      await ts.gql(
        Schedule,
        {
          input: {
            kind: 'PERIODIC_BRIEFING',
            title: `Giao ban ${unique()}`,
            hostOrganizationId: gid.org(host),
            startsAt: '2031-05-05T01:00:00.000Z',
            endsAt: '2031-05-05T03:00:00.000Z',
          } as never,
        },
        coordinator.token,
      ),
    ).scheduleMeeting.meeting;
    ok(
      await ts.gql(
        Reschedule,
        {
          input: {
            meetingId: meeting.id,
            startsAt: '2031-05-06T01:00:00.000Z',
            endsAt: '2031-05-06T03:00:00.000Z',
          },
        },
        coordinator.token,
      ),
    );
    await expect
      .poll(() => briefing.received.map((e) => e.change), ARRIVES)
      .toEqual(['SCHEDULED', 'RESCHEDULED']);
    await expect
      .poll(() => inbox.received.map((n) => n.kind), ARRIVES)
      .toEqual(['MEETING_SCHEDULED', 'MEETING_RESCHEDULED']);
    const caughtUp = ok(await ts.gql(InboxAfter, { after: null }, reader.token)).notificationsAfter;
    expect(caughtUp.map((n) => n.cursor)).toEqual(inbox.received.map((n) => n.cursor));
    expect(briefing.errors).toEqual([]);
    expect(inbox.errors).toEqual([]);
  } finally {
    await blocker.end();
  }
}

describe('a write transaction left open elsewhere', () => {
  it('in another database of the server does not delay live delivery or catch-up', async () => {
    const scratch = `phoihop_other_${randomUUID().slice(0, 8)}`;
    await onServer(inject('adminUrl'), `create database "${scratch}"`);
    try {
      await deliversWhileOpen(await openWriteTransaction(databaseUrlFor(inject('adminUrl'), scratch)));
    } finally {
      await onServer(inject('adminUrl'), `drop database "${scratch}" with (force)`);
    }
  });

  it('in this database, on an unrelated table, does not delay them either', async () => {
    const area = await makeArea(ts.orm.em.fork());
    const blocker = await openWriteTransaction(
      ts.databaseUrl,
      `update administrative_area set name = name where id = '${area.id}'`,
    );
    await deliversWhileOpen(blocker);
  });
});

describe('commit order', () => {
  it('a notification numbered earlier but committed late is handed out before those after it, never skipped', async () => {
    const lead = await agency();
    const [coordinator, reader] = [
      await makeUserWith(ts.orm, lead.id, Role.COORDINATOR),
      await makeUserWith(ts.orm, lead.id, Role.VIEWER),
    ];
    const inbox = await subscribe(connect(reader), Inbox, { after: null }, ts.events);

    // A transaction that has numbered its notification stays open (held after its before-commit steps).
    const held = new WeakSet<EntityManager>();
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    beforeCommit(async (em) => {
      if (held.has(em)) await gate;
    });
    const subjectId = randomUUID();
    const late = inSystemTransaction(ts.orm.em, ts.pubsub, async (em) => {
      held.add(em);
      await notify(em, ts.pubsub, [reader.person.id], {
        kind: NotificationKind.PROGRAM_UPDATED,
        title: 'Thông báo đến muộn',
        subjectType: 'Organization',
        subjectId,
      });
    });
    await expect.poll(() => sequenceLockWaiters(true), ARRIVES).toBe(1);

    // A task created meanwhile commits only after it: its numbering waits for the sequence lock.
    const task = ts.gql(
      CreateTask,
      {
        input: {
          title: `Nhiệm vụ ${unique()}`,
          dueOn: '2031-01-31',
          lead: { organizationId: gid.org(lead) },
        } as never,
      },
      coordinator.token,
    );
    await expect.poll(() => sequenceLockWaiters(false), ARRIVES).toBe(1);
    expect(inbox.received).toEqual([]);
    release?.();
    await late;
    const taskId = ok(await task).createTask.task.id;

    await expect.poll(() => inbox.received.length, ARRIVES).toBe(2);
    expect(inbox.received.map((n) => n.subjectId)).toEqual([toGlobalId('Organization', subjectId), taskId]);
    const [first, second] = inbox.received.map((n) => BigInt(Buffer.from(n.cursor, 'base64url').toString()));
    expect(first < second).toBe(true);
  });

  it('refuses a cursor of the old (transaction id, id) form with BAD_USER_INPUT', async () => {
    const reader = await makeUserWith(ts.orm, (await agency()).id, Role.VIEWER);
    const old = Buffer.from(`123456:${randomUUID()}`).toString('base64url');
    const result = await ts.gql(InboxAfter, { after: old }, reader.token);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

/** Sessions of the test database holding (`granted`) or waiting for the notification sequence lock. */
async function sequenceLockWaiters(granted: boolean): Promise<number> {
  const [row] = await ts.orm.em.fork().execute<{ n: number }[]>(
    `select count(*)::int as n from pg_locks l join pg_database d on d.oid = l.database
      where l.locktype = 'advisory' and d.datname = current_database() and l.granted = ?
        and l.objid = (hashtext('phoihop-notification-sequence')::bigint & 4294967295)::oid`,
    [granted],
  );
  return row.n;
}
