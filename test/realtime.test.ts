/**
 * Live subscriptions end to end (issue 6): real graphql-ws clients against a
 * real server and PostgreSQL. Who receives a task assignment and a briefing
 * schedule change (and who does not), the inbox stream's catch-up after a
 * reconnect and under concurrent writes, a revoked role stopping events at
 * once, and the WebSocket limits and close codes.
 */
import { once } from 'node:events';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_WS_MESSAGE_BYTES } from '../server/app/server.js';
import { MAX_SUBSCRIPTIONS_PER_CONNECTION, WS_CLOSE } from '../server/app/ws-hygiene.js';
import { parseGlobalId, toGlobalId } from '../server/core/ids.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { graphql } from './generated/index.js';
import {
  gid,
  makeArea,
  makeOrganization,
  makeUser,
  unique,
  type TestUser,
  makeUserWith,
} from './helpers/factories.js';
import {
  connectClient,
  grantRole,
  openRawSocket,
  Role,
  subscribe,
  type Live,
  type TestClient,
} from './helpers/realtime.js';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server.js';

// ---------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------

const TaskAssigned = graphql(`
  subscription RtTaskAssigned($organizationId: ID!) {
    taskAssigned(organizationId: $organizationId) { change taskId task { id title } }
  }
`);

const TaskUpdated = graphql(`
  subscription RtTaskUpdated($organizationId: ID!) {
    taskUpdated(organizationId: $organizationId) { change taskId task { id progressPercent } }
  }
`);

const BriefingChanged = graphql(`
  subscription RtBriefingChanged($organizationId: ID!) {
    briefingScheduleChanged(organizationId: $organizationId) {
      change meetingId seriesId meeting { id title status startsAt }
    }
  }
`);

const InboxLive = graphql(`
  subscription RtInbox($after: String) {
    notificationAdded(after: $after) { id kind subjectType subjectId title body cursor }
  }
`);

const BarrierWatch = graphql(`
  subscription RtBarrier($organizationId: ID) {
    organizationChanged(organizationId: $organizationId) { change }
  }
`);

const RenameBarrier = graphql(`
  mutation RtRenameBarrier($input: RenameOrganizationInput!) {
    renameOrganization(input: $input) { organization { id } }
  }
`);

const CreateTask = graphql(`
  mutation RtCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { task { id title } }
  }
`);

const ReportProgress = graphql(`
  mutation RtReportProgress($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) { task { id progressPercent } }
  }
`);

const RevokeRole = graphql(`
  mutation RtRevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input) { grant { id isActive } }
  }
`);

const ScheduleMeeting = graphql(`
  mutation RtScheduleMeeting($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { meeting { id title } }
  }
`);

const RescheduleMeeting = graphql(`
  mutation RtRescheduleMeeting($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) { meeting { id startsAt } }
  }
`);

const UpdateMeeting = graphql(`
  mutation RtUpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) { meeting { id place } }
  }
`);

const CancelMeeting = graphql(`
  mutation RtCancelMeeting($input: CancelMeetingInput!) {
    cancelMeeting(input: $input) { meeting { id status } }
  }
`);

const InboxPage = graphql(`
  query RtInboxPage($first: Int) {
    notifications(first: $first) { totalCount edges { node { id kind subjectType subjectId body cursor } } }
  }
`);

const InboxAfter = graphql(`
  query RtInboxAfter($after: String, $first: Int) {
    notificationsAfter(after: $after, first: $first) { id subjectId cursor }
  }
`);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

let ts: TestServer;
let admin: TestUser;
let barrierOrg: Organization;
const clients: TestClient[] = [];

beforeAll(async () => {
  ts = await startTestServer();
  admin = await makeUser(ts.orm, { isSystemAdmin: true });
  barrierOrg = await makeOrganization(ts.orm.em.fork(), { area: await makeArea(ts.orm.em.fork()) });
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await ts?.stop();
});

function connect(user: TestUser | null): Client {
  const c = connectClient(ts.wsUrl, user?.token ?? null);
  clients.push(c);
  return c.client;
}

function ok<T>(result: GqlResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

async function agency(parent: Organization | null = null): Promise<Organization> {
  const em = ts.orm.em.fork();
  return makeOrganization(em, { area: await makeArea(em), parent, name: `Cơ quan ${unique()}` });
}

const userOn = (organization: Organization, role: Role): Promise<TestUser> =>
  makeUserWith(ts.orm, organization.id, role);

const dueIn30Days = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

async function createTask(
  by: TestUser,
  lead: Organization,
  coordinating: Organization[] = [],
  extra: Record<string, unknown> = {},
) {
  const result = await ts.gql(
    CreateTask,
    {
      input: {
        title: `Nhiệm vụ ${unique()}`,
        dueOn: dueIn30Days(),
        lead: { organizationId: gid.org(lead) },
        coordinating: coordinating.map((o) => ({ organizationId: gid.org(o) })),
        ...extra,
      } as never,
    },
    by.token,
  );
  return ok(result).createTask.task;
}

/**
 * A subscription on `client` to directory changes of the barrier organization.
 * `passBarrier` renames it and waits until every watcher has the change: any
 * event published before it to another subscription of the same connection
 * would have been delivered by then, so "received nothing" means nothing.
 */
function watchBarrier(client: Client) {
  return subscribe(client, BarrierWatch, { organizationId: gid.org(barrierOrg) }, ts.events);
}
async function passBarrier(watchers: Live<unknown>[]) {
  const before = watchers.map((w) => w.received.length);
  ok(
    await ts.gql(
      RenameBarrier,
      { input: { organizationId: gid.org(barrierOrg), name: `Cơ quan mốc ${unique()}` } },
      admin.token,
    ),
  );
  await expect.poll(() => watchers.every((w, i) => w.received.length > before[i])).toBe(true);
}

/** Notifications of `person` about `subjectId`, straight from the database. */
async function inboxRows(personId: string, subjectId: string) {
  return ts.orm.em.fork().getConnection().execute<{ kind: string; seq: string }[]>(
    // By the number: `order by seq` would sort the text column of the same name ("10" before "9").
    'select kind, seq::text as seq from notification where recipient_id = ? and subject_id = ? order by notification.seq',
    [personId, subjectId],
  );
}

/** People with a notification about `subjectId`. */
async function recipientsOf(subjectId: string): Promise<string[]> {
  const rows = await ts.orm.em
    .fork()
    .getConnection()
    .execute<{ recipient_id: string }[]>(
      'select recipient_id from notification where subject_id = ? order by recipient_id',
      [subjectId],
    );
  return rows.map((r) => r.recipient_id);
}

const dbId = (globalId: string) => parseGlobalId(globalId)!.id;
const sorted = (ids: string[]) => ids.toSorted();

/** How long to wait for the inbox stream (a generous bound on a busy machine, not a timing). */
const INBOX_WAIT = { timeout: 20_000 };

/** The commit-order number of an inbox cursor, comparable. */
const cursorKey = (cursor: string): bigint => BigInt(Buffer.from(cursor, 'base64url').toString());
const cursorBefore = (a: string, b: string) => cursorKey(a) < cursorKey(b);

// ---------------------------------------------------------------------------
// Task assignment
// ---------------------------------------------------------------------------

describe('a task assigned to a lead A with B coordinating', () => {
  it("writes inbox rows for A's and B's role holders and the persons in charge in the mutation's transaction, and nobody else's", async () => {
    const [a, b, c] = [await agency(), await agency(), await agency()];
    const [coordA, viewerA, memberB, viewerC] = [
      await userOn(a, Role.COORDINATOR),
      await userOn(a, Role.VIEWER),
      await userOn(b, Role.MEMBER),
      await userOn(c, Role.VIEWER),
    ];
    const [picA, picB, outsider] = [await makeUser(ts.orm), await makeUser(ts.orm), await makeUser(ts.orm)];
    const task = await createTask(coordA, a, [], {
      lead: { organizationId: gid.org(a), personInChargeId: gid.person(picA.person) },
      coordinating: [{ organizationId: gid.org(b), personInChargeId: gid.person(picB.person) }],
    });
    const taskId = dbId(task.id);

    // coordA, who created it, is not told of its own action.
    expect(await recipientsOf(taskId)).toEqual(
      sorted([viewerA, memberB, picA, picB].map((u) => u.person.id)),
    );
    for (const nobody of [viewerC, outsider]) expect(await inboxRows(nobody.person.id, taskId)).toEqual([]);
    const rows = await inboxRows(viewerA.person.id, taskId);
    expect(rows.map((r) => r.kind)).toEqual(['TASK_ASSIGNED']);

    // Same transaction: the notification rows were written by the one that inserted the task row.
    const [{ same }] = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ same: boolean }[]>(
        `select bool_and(n.xmin = t.xmin) as same
           from notification n join task t on t.id = n.subject_id where t.id = ?`,
        [taskId],
      );
    expect(same).toBe(true);

    // And the lead's role holder reads it in the inbox over the API.
    const inbox = ok(await ts.gql(InboxPage, { first: 10 }, viewerA.token)).notifications;
    expect(inbox.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: 'TASK_ASSIGNED',
        subjectType: 'Task',
        subjectId: task.id,
        body: task.title,
      }),
    ]);
  });

  it('delivers taskAssigned to subscribers of A and of B, not to a subscriber of C nor to one without a role on A', async () => {
    const parent = await agency();
    const a = await agency(parent);
    const [b, c, own] = [await agency(), await agency(), await agency()];
    const coordA = await userOn(a, Role.COORDINATOR);
    const [viewerA, memberB, viewerC, viewerParent] = [
      await userOn(a, Role.VIEWER),
      await userOn(b, Role.MEMBER),
      await userOn(c, Role.VIEWER),
      await userOn(parent, Role.VIEWER),
    ];
    const roleElsewhere = await userOn(own, Role.COORDINATOR);

    const onA = await subscribe(connect(viewerA), TaskAssigned, { organizationId: gid.org(a) }, ts.events);
    const onB = await subscribe(connect(memberB), TaskAssigned, { organizationId: gid.org(b) }, ts.events);
    const fromParent = await subscribe(
      connect(viewerParent),
      TaskAssigned,
      { organizationId: gid.org(a) },
      ts.events,
    );
    const cClient = connect(viewerC);
    const onC = await subscribe(cClient, TaskAssigned, { organizationId: gid.org(c) }, ts.events);
    const outsiderClient = connect(roleElsewhere);
    const noRoleOnA = await subscribe(
      outsiderClient,
      TaskAssigned,
      { organizationId: gid.org(a) },
      ts.events,
    );
    const barriers = [await watchBarrier(cClient), await watchBarrier(outsiderClient)];

    const task = await createTask(coordA, a, [b]);
    const expected = { change: 'CREATED', taskId: task.id, task: { id: task.id, title: task.title } };
    await expect.poll(() => [onA, onB, fromParent].map((l) => l.received.length)).toEqual([1, 1, 1]);
    expect(onA.received).toEqual([expected]);
    expect(onB.received).toEqual([expected]);
    // A role on A's parent reaches A: it may read the task, so it sees it live (but gets no inbox row).
    expect(fromParent.received).toEqual([expected]);
    expect(await inboxRows(viewerParent.person.id, dbId(task.id))).toEqual([]);

    await passBarrier(barriers);
    expect(onC.received).toEqual([]);
    expect(noRoleOnA.received).toEqual([]);
    expect([onA, onB, onC, noRoleOnA].flatMap((l) => l.errors)).toEqual([]);
  });

  it('writes no inbox row and publishes nothing when the mutation fails, even at commit after the outbox ran', async () => {
    const a = await agency();
    const [coordA, viewerA] = [await userOn(a, Role.COORDINATOR), await userOn(a, Role.VIEWER)];
    const live = await subscribe(connect(viewerA), TaskAssigned, { organizationId: gid.org(a) }, ts.events);

    // Refused: a viewer may not create a task.
    const refusedTitle = `Nhiệm vụ bị từ chối ${unique()}`;
    const refused = await ts.gql(
      CreateTask,
      { input: { title: refusedTitle, dueOn: dueIn30Days(), lead: { organizationId: gid.org(a) } } },
      viewerA.token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Failing at commit: a deferred constraint trigger refuses the task when the transaction
    // commits — after the outbox wrote its rows, so they must roll back with it.
    const failingTitle = `FAIL-AT-COMMIT ${unique()}`;
    await ts.orm.em
      .fork()
      .getConnection()
      .execute(`
      create or replace function test_fail_at_commit() returns trigger language plpgsql as $$
      begin
        if new.title like 'FAIL-AT-COMMIT%' then raise exception 'refused at commit'; end if;
        return null;
      end $$;
      drop trigger if exists test_fail_at_commit on task;
      create constraint trigger test_fail_at_commit after insert on task
        deferrable initially deferred for each row execute function test_fail_at_commit();
    `);
    const failed = await ts.gql(
      CreateTask,
      { input: { title: failingTitle, dueOn: dueIn30Days(), lead: { organizationId: gid.org(a) } } },
      coordA.token,
    );
    expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    const [{ n }] = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>('select count(*) as n from notification where body in (?, ?)', [
        refusedTitle,
        failingTitle,
      ]);
    expect(Number(n)).toBe(0);

    // The next successful change is the first thing the subscriber hears.
    const task = await createTask(coordA, a);
    await expect.poll(() => live.received.length).toBe(1);
    expect(live.received[0].taskId).toBe(task.id);
  });
});

// ---------------------------------------------------------------------------
// Briefing schedule
// ---------------------------------------------------------------------------

describe('briefing schedule changes', () => {
  it('reach every invited organization and the host — subscribers and inboxes — and no one else', async () => {
    const [host, x, y, z] = [await agency(), await agency(), await agency(), await agency()];
    const coordH = await userOn(host, Role.COORDINATOR);
    const [viewerX, memberY, viewerZ] = [
      await userOn(x, Role.VIEWER),
      await userOn(y, Role.MEMBER),
      await userOn(z, Role.VIEWER),
    ];
    const invitedByName = await makeUser(ts.orm);

    const onHost = await subscribe(
      connect(coordH),
      BriefingChanged,
      { organizationId: gid.org(host) },
      ts.events,
    );
    const onX = await subscribe(connect(viewerX), BriefingChanged, { organizationId: gid.org(x) }, ts.events);
    const onY = await subscribe(connect(memberY), BriefingChanged, { organizationId: gid.org(y) }, ts.events);
    const zClient = connect(viewerZ);
    const onZ = await subscribe(zClient, BriefingChanged, { organizationId: gid.org(z) }, ts.events);
    const zOnX = await subscribe(zClient, BriefingChanged, { organizationId: gid.org(x) }, ts.events);
    const barrier = await watchBarrier(zClient);

    const title = `Giao ban ${unique()}`;
    const scheduled = ok(
      await ts.gql(
        ScheduleMeeting,
        {
          input: {
            kind: 'PERIODIC_BRIEFING',
            title,
            hostOrganizationId: gid.org(host),
            startsAt: '2031-03-03T01:00:00.000Z',
            endsAt: '2031-03-03T03:00:00.000Z',
            invitedOrganizationIds: [gid.org(x), gid.org(y)],
            invitedPersonIds: [gid.person(invitedByName.person)],
          } as never,
        },
        coordH.token,
      ),
    ).scheduleMeeting.meeting;
    ok(
      await ts.gql(
        RescheduleMeeting,
        {
          input: {
            meetingId: scheduled.id,
            startsAt: '2031-03-04T01:00:00.000Z',
            endsAt: '2031-03-04T03:00:00.000Z',
          },
        },
        coordH.token,
      ),
    );
    ok(
      await ts.gql(
        UpdateMeeting,
        { input: { meetingId: scheduled.id, place: 'Hội trường tầng 2' } },
        coordH.token,
      ),
    );
    ok(
      await ts.gql(CancelMeeting, { input: { meetingId: scheduled.id, reason: 'Trùng lịch' } }, coordH.token),
    );

    const changes = ['SCHEDULED', 'RESCHEDULED', 'UPDATED', 'CANCELLED'];
    for (const live of [onHost, onX, onY]) {
      await expect.poll(() => live.received.map((e) => e.change)).toEqual(changes);
      expect(live.received.map((e) => e.meetingId)).toEqual(changes.map(() => scheduled.id));
      expect(live.received[0].meeting).toMatchObject({ id: scheduled.id, title });
      expect(live.received[3].meeting).toMatchObject({ status: 'CANCELLED' });
    }
    await passBarrier([barrier]);
    expect(onZ.received).toEqual([]);
    expect(zOnX.received).toEqual([]);

    const meetingId = dbId(scheduled.id);
    const kinds = ['MEETING_SCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_RESCHEDULED', 'MEETING_CANCELLED'];
    for (const user of [viewerX, memberY, invitedByName]) {
      expect(
        (await inboxRows(user.person.id, meetingId)).map((r) => r.kind),
        user.user.email,
      ).toEqual(kinds);
    }
    // Neither an outsider nor coordH, who made the changes, gets an inbox row.
    for (const nobody of [viewerZ, coordH]) expect(await inboxRows(nobody.person.id, meetingId)).toEqual([]);
    expect(sorted([...new Set(await recipientsOf(meetingId))])).toEqual(
      sorted([viewerX, memberY, invitedByName].map((u) => u.person.id)),
    );
  });
});

// ---------------------------------------------------------------------------
// The inbox stream
// ---------------------------------------------------------------------------

describe('the inbox stream (notificationAdded)', () => {
  it('catches up exactly after a reconnect with the last cursor: the ones missed, in order, none twice', async () => {
    const a = await agency();
    const [coordA, reader] = [await userOn(a, Role.COORDINATOR), await userOn(a, Role.VIEWER)];

    const first = connectClient(ts.wsUrl, reader.token);
    clients.push(first);
    const live = await subscribe(first.client, InboxLive, { after: null }, ts.events);
    const before = [];
    for (let i = 0; i < 3; i++) before.push(await createTask(coordA, a));
    await expect.poll(() => live.received.length, INBOX_WAIT).toBe(3);
    expect(live.received.map((n) => n.subjectId)).toEqual(before.map((t) => t.id));
    const lastCursor = live.received[2].cursor;
    await first.dispose();

    const missed = [];
    for (let i = 0; i < 4; i++) missed.push(await createTask(coordA, a));

    const again = await subscribe(connect(reader), InboxLive, { after: lastCursor }, ts.events);
    await expect.poll(() => again.received.length, INBOX_WAIT).toBe(4);
    expect(again.received.map((n) => n.subjectId)).toEqual(missed.map((t) => t.id));
    // Then live again, still in order and without repeating anything.
    const later = await createTask(coordA, a);
    await expect.poll(() => again.received.length, INBOX_WAIT).toBe(5);
    expect(again.received[4].subjectId).toBe(later.id);
    const cursors = again.received.map((n) => n.cursor);
    expect(new Set(cursors).size).toBe(5);
    for (let i = 1; i < cursors.length; i++) expect(cursorBefore(cursors[i - 1], cursors[i])).toBe(true);
    expect(cursorBefore(lastCursor, cursors[0])).toBe(true);

    // The query form of the catch-up agrees.
    const page = ok(
      await ts.gql(InboxAfter, { after: lastCursor, first: 50 }, reader.token),
    ).notificationsAfter;
    expect(page.map((n) => n.subjectId)).toEqual([...missed, later].map((t) => t.id));
    expect(again.errors).toEqual([]);
  });

  it('without a cursor starts from now: the inbox so far is not replayed', async () => {
    const a = await agency();
    const [coordA, reader] = [await userOn(a, Role.COORDINATOR), await userOn(a, Role.VIEWER)];
    await createTask(coordA, a);
    await createTask(coordA, a);
    const live = await subscribe(connect(reader), InboxLive, { after: null }, ts.events);
    const fresh = await createTask(coordA, a);
    await expect.poll(() => live.received.length, INBOX_WAIT).toBe(1);
    expect(live.received[0].subjectId).toBe(fresh.id);
  });

  it('delivers every notification of 10 concurrent mutations exactly once across the live stream and a later catch-up', async () => {
    const a = await agency();
    const [coordA, reader] = [await userOn(a, Role.COORDINATOR), await userOn(a, Role.VIEWER)];
    const live = await subscribe(connect(reader), InboxLive, { after: null }, ts.events);

    const tasks = await Promise.all(Array.from({ length: 10 }, () => createTask(coordA, a)));
    await expect.poll(() => live.received.length, INBOX_WAIT).toBe(10);

    const liveIds = live.received.map((n) => n.subjectId);
    expect(new Set(liveIds).size).toBe(10);
    expect(sorted(liveIds)).toEqual(sorted(tasks.map((t) => t.id)));
    const cursors = live.received.map((n) => n.cursor);
    for (let i = 1; i < cursors.length; i++) expect(cursorBefore(cursors[i - 1], cursors[i])).toBe(true);

    // A catch-up from the start has each once; after the live stream's last cursor, nothing.
    const all = ok(await ts.gql(InboxAfter, { after: null, first: 100 }, reader.token)).notificationsAfter;
    expect(sorted(all.map((n) => n.subjectId))).toEqual(sorted(tasks.map((t) => t.id)));
    const rest = ok(await ts.gql(InboxAfter, { after: cursors[9], first: 100 }, reader.token));
    expect(rest.notificationsAfter).toEqual([]);
    expect(new Set([...liveIds, ...all.map((n) => n.subjectId)]).size).toBe(10);
  });

  it('refuses a malformed cursor with BAD_USER_INPUT', async () => {
    const reader = await makeUser(ts.orm);
    const live = await subscribe(connect(reader), InboxLive, { after: 'not-a-cursor' });
    await expect.poll(() => live.errors.length).toBe(1);
    expect(JSON.stringify(live.errors[0])).toContain('BAD_USER_INPUT');
  });
});

// ---------------------------------------------------------------------------
// Access at delivery
// ---------------------------------------------------------------------------

describe('access checked at delivery', () => {
  it('stops events at once when the role is revoked, while those the subscriber still may see keep coming', async () => {
    const [a, b] = [await agency(), await agency()];
    const [coordA, memberA, coordB, memberB] = [
      await userOn(a, Role.COORDINATOR),
      await userOn(a, Role.MEMBER),
      await userOn(b, Role.COORDINATOR),
      await userOn(b, Role.MEMBER),
    ];
    const watcher = await makeUser(ts.orm);
    const grantOnA = await grantRole(ts.orm, watcher.user.id, a.id, Role.VIEWER);
    await grantRole(ts.orm, watcher.user.id, b.id, Role.VIEWER);
    const [taskA, taskB] = [await createTask(coordA, a), await createTask(coordB, b)];
    const report = (task: { id: string }, org: Organization, by: TestUser, percent: number) =>
      ts
        .gql(
          ReportProgress,
          { input: { taskId: task.id, organizationId: gid.org(org), body: 'Đã triển khai', percent } },
          by.token,
        )
        .then(ok);

    const client = connect(watcher);
    const onA = await subscribe(client, TaskUpdated, { organizationId: gid.org(a) }, ts.events);
    const onB = await subscribe(client, TaskUpdated, { organizationId: gid.org(b) }, ts.events);

    await report(taskA, a, memberA, 20);
    await expect.poll(() => onA.received.length).toBe(1);
    expect(onA.received[0]).toMatchObject({ change: 'REPORTED', taskId: taskA.id });

    const revoked = await ts.gql(
      RevokeRole,
      { input: { grantId: toGlobalId('RoleGrant', grantOnA) } },
      admin.token,
    );
    expect(ok(revoked).revokeRole.grant.isActive).toBe(false);

    await report(taskA, a, memberA, 40);
    await report(taskB, b, memberB, 50);
    await expect.poll(() => onB.received.length).toBe(1);
    expect(onB.received[0]).toMatchObject({ change: 'REPORTED', taskId: taskB.id });
    expect(onA.received).toHaveLength(1);
  });

  it("shows each event's record as it is at delivery, not as an earlier event of the subscription loaded it", async () => {
    const a = await agency();
    const [coordA, memberA, viewerA] = [
      await userOn(a, Role.COORDINATOR),
      await userOn(a, Role.MEMBER),
      await userOn(a, Role.VIEWER),
    ];
    const task = await createTask(coordA, a);
    const live = await subscribe(connect(viewerA), TaskUpdated, { organizationId: gid.org(a) }, ts.events);
    for (const percent of [30, 60]) {
      ok(
        await ts.gql(
          ReportProgress,
          { input: { taskId: task.id, organizationId: gid.org(a), body: `Tiến độ ${percent}%`, percent } },
          memberA.token,
        ),
      );
      await expect.poll(() => live.received.length).toBe(percent / 30);
    }
    expect(live.received.map((e) => e.task?.progressPercent)).toEqual([30, 60]);
  });
});

// ---------------------------------------------------------------------------
// Limits and hygiene
// ---------------------------------------------------------------------------

/** Runs a query over graphql-ws and resolves with its result. */
function wsQuery(client: Client, query: string) {
  return new Promise<{ data?: unknown; errors?: unknown }>((resolve) => {
    let result: { data?: unknown; errors?: unknown } = {};
    client.subscribe(
      { query },
      {
        next: (value) => {
          result = value as typeof result;
        },
        error: (errors) => resolve({ errors }),
        complete: () => resolve(result),
      },
    );
  });
}

/** A raw graphql-transport-ws socket, acknowledged as `token`'s user (none: not initialised). */
async function rawSocket(token: string | null) {
  const raw = await openRawSocket(ts.wsUrl);
  if (token) expect(await raw.init({ authorization: `Bearer ${token}` })).toBe('ack');
  return raw;
}

describe('WebSocket limits and hygiene', () => {
  it(`refuses the ${MAX_SUBSCRIPTIONS_PER_CONNECTION + 1}th subscription of a connection with a typed error, and the connection stays usable`, async () => {
    const a = await agency();
    const viewer = await userOn(a, Role.VIEWER);
    const client = connect(viewer);
    const lives = [];
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_CONNECTION; i++) {
      lives.push(await subscribe(client, TaskAssigned, { organizationId: gid.org(a) }, ts.events));
    }
    const refused = await subscribe(client, TaskAssigned, { organizationId: gid.org(a) });
    await expect.poll(() => refused.errors.length).toBe(1);
    expect(refused.errors[0]).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) }),
    ]);

    // Still open: a query answers, and ending one subscription makes room for another.
    expect(await wsQuery(client, '{ viewer { id } }')).toMatchObject({
      data: { viewer: { id: expect.any(String) } },
    });
    lives[0].stop();
    // The server forgets the ended subscription as it processes the client's `complete`: try
    // until it has (each attempt is either refused with an error or goes live).
    let admitted: Live<unknown> | null = null;
    for (let attempt = 0; !admitted && attempt < 50; attempt++) {
      const live = once(ts.events, 'subscribed');
      const tried = await subscribe(client, TaskAssigned, { organizationId: gid.org(a) });
      const outcome = await new Promise<'live' | 'refused'>((resolve) => {
        const timer = setInterval(() => {
          if (tried.errors.length) {
            clearInterval(timer);
            resolve('refused');
          }
        }, 5);
        void live.then(() => {
          clearInterval(timer);
          resolve('live');
        });
      });
      if (outcome === 'live') admitted = tried;
    }
    expect(admitted?.errors).toEqual([]);
    const coord = await userOn(a, Role.COORDINATOR);
    await createTask(coord, a);
    await expect.poll(() => admitted?.received.length).toBe(1);
    expect(lives[1].received).toHaveLength(1);
  });

  it('tells the client why it closes: 4401 before connection_init, 4409 for a reused id, 4400 for garbage, 1009 for an oversized message', async () => {
    const viewer = await makeUser(ts.orm);
    const subscription = { query: print(InboxLive) };

    const early = await rawSocket(null);
    early.send({ type: 'subscribe', id: '1', payload: subscription });
    expect(await early.closed).toBe(WS_CLOSE.NOT_ACKNOWLEDGED);

    const twice = await rawSocket(viewer.token);
    twice.send({ type: 'subscribe', id: 'same', payload: subscription });
    twice.send({ type: 'subscribe', id: 'same', payload: subscription });
    expect(await twice.closed).toBe(WS_CLOSE.DUPLICATE_ID);

    const garbage = await rawSocket(viewer.token);
    garbage.socket.send('this is not a graphql-ws message');
    expect(await garbage.closed).toBe(WS_CLOSE.BAD_REQUEST);

    const huge = await rawSocket(viewer.token);
    huge.send({
      type: 'subscribe',
      id: '1',
      payload: { query: `{ __typename }${' '.repeat(MAX_WS_MESSAGE_BYTES)}` },
    });
    expect(await huge.closed).toBe(WS_CLOSE.MESSAGE_TOO_BIG);
  });
});
