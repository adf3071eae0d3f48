/**
 * The notification inbox over HTTP (issue 6): each person reads and marks
 * only their own notifications, the list pages newest first, and the
 * preferences mute kinds and bound the reminder lead times.
 */
import { describe, expect, it } from 'vitest';
import { Role } from '../server/core/access.js';
import { toGlobalId } from '../server/core/ids.js';
import { inSystemTransaction } from '../server/core/transaction.js';
import { Notification, NotificationKind } from '../server/modules/notifications/notification.entity.js';
import { notify } from '../server/modules/notifications/notify.js';
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
import { useTestServer } from './helpers/server.js';
import { codeOf, ok } from './helpers/results.js';

const Inbox = graphql(`
  query InboxList($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind title body subjectType subjectId readAt cursor } }
    }
    unreadNotificationCount
  }
`);

const InboxNode = graphql(`
  query InboxNode($id: ID!) {
    node(id: $id) { id ... on Notification { kind } }
  }
`);

const MarkRead = graphql(`
  mutation InboxMarkRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { marked unreadCount }
  }
`);

const Preferences = graphql(`
  query InboxPreferences {
    notificationPreferences { mutedKinds meetingReminderLeadMinutes taskDueSoonDays }
  }
`);

const UpdatePreferences = graphql(`
  mutation InboxUpdatePreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences { mutedKinds meetingReminderLeadMinutes taskDueSoonDays }
    }
  }
`);

const CreateTask = graphql(`
  mutation InboxCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { task { id title } }
  }
`);

const UrgeTask = graphql(`
  mutation InboxUrgeTask($input: UrgeTaskInput!) {
    urgeTask(input: $input) { followUp { id } }
  }
`);

const CreateApiToken = graphql(`
  mutation InboxCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { secret }
  }
`);

const ts = useTestServer({
  setUp: async () => {
    admin = await makeUser(ts.orm, { isSystemAdmin: true });
  },
});
let admin: TestUser;

async function agency(): Promise<Organization> {
  const em = ts.orm.em.fork();
  return makeOrganization(em, { area: await makeArea(em), name: `Cơ quan ${unique()}` });
}

const userOn = (organization: Organization, role: Role): Promise<TestUser> =>
  makeUserWith(ts.orm, organization.id, role);

async function createTask(by: TestUser, lead: Organization) {
  const result = await ts.gql(
    CreateTask,
    {
      input: {
        title: `Nhiệm vụ ${unique()}`,
        dueOn: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        lead: { organizationId: gid.org(lead) },
      },
    },
    by.token,
  );
  return ok(result).createTask.task;
}

/**
 * Notifications for the person written the way the platform writes them (`notify` in a
 * transaction, numbered at commit): `n` of them, one transaction each, oldest first.
 */
async function seed(person: { id: string }, n: number): Promise<Notification[]> {
  for (let i = 0; i < n; i++) {
    await inSystemTransaction(ts.orm.em, ts.pubsub, (em) =>
      notify(em, null, [person.id], {
        kind: NotificationKind.PROGRAM_UPDATED,
        title: `Thông báo ${i + 1}`,
        subjectType: 'Organization',
        subjectId: person.id,
      }),
    );
  }
  return ts.orm.em.fork().find(Notification, { recipient: person.id }, { orderBy: { seq: 'asc' } });
}

const nid = (n: { id: string }) => toGlobalId('Notification', n.id);

describe('the inbox is personal', () => {
  it('lists only the viewer’s notifications, newest first, page by page, with the unread count', async () => {
    const [me, other] = [await makeUser(ts.orm), await makeUser(ts.orm)];
    const mine = await seed(me.person, 5);
    await seed(other.person, 2);

    const first = ok(await ts.gql(Inbox, { first: 3 }, me.token));
    expect(first.notifications.totalCount).toBe(5);
    expect(first.unreadNotificationCount).toBe(5);
    expect(first.notifications.edges.map((e) => e.node.title)).toEqual([
      'Thông báo 5',
      'Thông báo 4',
      'Thông báo 3',
    ]);
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = ok(
      await ts.gql(Inbox, { first: 3, after: first.notifications.pageInfo.endCursor }, me.token),
    );
    expect(second.notifications.edges.map((e) => e.node.id)).toEqual([nid(mine[1]), nid(mine[0])]);
    expect(second.notifications.pageInfo.hasNextPage).toBe(false);
  });

  it('marks only the viewer’s own notifications read, by id or all, and never shows another person’s', async () => {
    const [me, other] = [await makeUser(ts.orm), await makeUser(ts.orm)];
    const mine = await seed(me.person, 3);
    const theirs = await seed(other.person, 2);

    expect(ok(await ts.gql(InboxNode, { id: nid(mine[0]) }, me.token)).node).toEqual({
      id: nid(mine[0]),
      kind: 'PROGRAM_UPDATED',
    });
    const peek = await ts.gql(InboxNode, { id: nid(theirs[0]) }, me.token);
    expect(peek.data?.node ?? null).toBeNull();

    // Someone else's id in the list is ignored, not marked.
    const marked = ok(await ts.gql(MarkRead, { input: { ids: [nid(mine[0]), nid(theirs[0])] } }, me.token));
    expect(marked.markNotificationsRead).toEqual({ marked: 1, unreadCount: 2 });
    const unread = ok(await ts.gql(Inbox, { first: 10, unreadOnly: true }, me.token));
    expect(unread.notifications.edges.map((e) => e.node.id)).toEqual([nid(mine[2]), nid(mine[1])]);

    expect(ok(await ts.gql(MarkRead, { input: { all: true } }, me.token)).markNotificationsRead).toEqual({
      marked: 2,
      unreadCount: 0,
    });
    const theirInbox = ok(await ts.gql(Inbox, { first: 10 }, other.token));
    expect(theirInbox.unreadNotificationCount).toBe(2);
    expect(theirInbox.notifications.edges.every((e) => e.node.readAt === null)).toBe(true);

    expect(codeOf(await ts.gql(MarkRead, { input: {} }, me.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ts.gql(MarkRead, { input: { ids: ['nonsense'] } }, me.token))).toBe('BAD_USER_INPUT');
  });

  it('is refused without a person: anonymous callers and API tokens', async () => {
    expect(codeOf(await ts.gql(Inbox, { first: 1 }, null))).toBe('UNAUTHENTICATED');
    const a = await agency();
    const secret = ok(
      await ts.gql(
        CreateApiToken,
        { input: { organizationId: gid.org(a), role: 'VIEWER', name: 'Tích hợp' } },
        admin.token,
      ),
    ).createApiToken.secret;
    expect(codeOf(await ts.gql(Inbox, { first: 1 }, secret))).toBe('FORBIDDEN');
  });
});

describe('notification preferences', () => {
  it('start at the defaults: nothing muted, meetings 24 hours and 1 hour before, tasks 3 days before', async () => {
    const me = await makeUser(ts.orm);
    expect(ok(await ts.gql(Preferences, {}, me.token)).notificationPreferences).toEqual({
      mutedKinds: [],
      meetingReminderLeadMinutes: [1440, 60],
      taskDueSoonDays: 3,
    });
  });

  it('muting TASK_ASSIGNED stops inbox rows of that kind for that person only; other kinds still come', async () => {
    const a = await agency();
    const [coordinator, muting, listening] = [
      await userOn(a, Role.COORDINATOR),
      await userOn(a, Role.VIEWER),
      await userOn(a, Role.VIEWER),
    ];
    const updated = ok(
      await ts.gql(
        UpdatePreferences,
        { input: { mutedKinds: ['TASK_ASSIGNED', 'TASK_ASSIGNED'] } },
        muting.token,
      ),
    );
    expect(updated.updateNotificationPreferences.preferences.mutedKinds).toEqual(['TASK_ASSIGNED']);

    const task = await createTask(coordinator, a);
    ok(
      await ts.gql(
        UrgeTask,
        { input: { taskId: task.id, message: 'Đề nghị khẩn trương' } },
        coordinator.token,
      ),
    );
    const kinds = async (user: TestUser) =>
      ok(await ts.gql(Inbox, { first: 10 }, user.token))
        .notifications.edges.filter((e) => e.node.subjectId === task.id)
        .map((e) => e.node.kind);
    expect(await kinds(muting)).toEqual(['TASK_URGED']);
    expect(await kinds(listening)).toEqual(['TASK_URGED', 'TASK_ASSIGNED']);

    // Unmuting brings the kind back for later changes.
    ok(await ts.gql(UpdatePreferences, { input: { mutedKinds: [] } }, muting.token));
    const next = await createTask(coordinator, a);
    const inbox = ok(await ts.gql(Inbox, { first: 10 }, muting.token)).notifications.edges;
    expect(inbox.filter((e) => e.node.subjectId === next.id).map((e) => e.node.kind)).toEqual([
      'TASK_ASSIGNED',
    ]);
  });

  it('validates reminder lead times: BAD_USER_INPUT outside the bounds, nothing changed', async () => {
    const me = await makeUser(ts.orm);
    const refused = [
      { meetingReminderLeadMinutes: [0] },
      { meetingReminderLeadMinutes: [-60] },
      { meetingReminderLeadMinutes: [14 * 24 * 60 + 1] },
      { meetingReminderLeadMinutes: [10, 20, 30, 40, 50, 60] },
      { taskDueSoonDays: -1 },
      { taskDueSoonDays: 61 },
    ];
    for (const input of refused) {
      const result = await ts.gql(UpdatePreferences, { input }, me.token);
      expect(codeOf(result), JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect(ok(await ts.gql(Preferences, {}, me.token)).notificationPreferences).toEqual({
      mutedKinds: [],
      meetingReminderLeadMinutes: [1440, 60],
      taskDueSoonDays: 3,
    });

    // The bounds themselves are accepted; lead times are kept once each, longest first.
    const accepted = ok(
      await ts.gql(
        UpdatePreferences,
        { input: { meetingReminderLeadMinutes: [1, 14 * 24 * 60, 60, 60], taskDueSoonDays: 0 } },
        me.token,
      ),
    ).updateNotificationPreferences.preferences;
    expect(accepted).toEqual({
      mutedKinds: [],
      meetingReminderLeadMinutes: [20160, 60, 1],
      taskDueSoonDays: 0,
    });
    const last = ok(await ts.gql(UpdatePreferences, { input: { taskDueSoonDays: 60 } }, me.token));
    expect(last.updateNotificationPreferences.preferences).toEqual({
      mutedKinds: [],
      meetingReminderLeadMinutes: [20160, 60, 1],
      taskDueSoonDays: 60,
    });
  });
});
