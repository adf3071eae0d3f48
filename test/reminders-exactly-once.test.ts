/**
 * Task reminders (issue 6): each goes out exactly once even when two
 * instances run the scheduler at the same moment, runs again write nothing,
 * and a reminder whose time came while no instance was running goes out on
 * the next run. Each test has its own database: the scheduler's watermark
 * (how far it has sent) belongs to the database, and these tests move time.
 */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entities } from '../server/app/entities.js';
import { Role } from '../server/core/access.js';
import { connectOrm } from '../server/core/db/orm.js';
import { createEventBus, type Events, type PubSub } from '../server/core/pubsub.js';
import { foldForSearch } from '../server/core/text.js';
import { todayInVietnam } from '../server/core/scalars.js';
import { runReminders } from '../server/app/reminders.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { AssignmentRole, TaskAssignment } from '../server/modules/tasks/assignment.entity.js';
import { Task, TaskStatus } from '../server/modules/tasks/task.entity.js';
import { makeArea, makeOrganization, makeUser, unique, type TestUser } from './helpers/factories.js';
import { grantRole } from './helpers/realtime.js';
import { setPreferences } from './helpers/preferences.js';
import { startTestServer, type TestServer } from './helpers/server.js';

const DAY = 86_400_000;

let ts: TestServer;
/** A second "instance": its own ORM (connection pool) and event bus on the same database. */
let other: { orm: MikroORM; pubsub: PubSub };
let pubsub: PubSub;

beforeEach(async () => {
  ts = await startTestServer();
  pubsub = createEventBus();
  other = { orm: await connectOrm(ts.databaseUrl, entities), pubsub: createEventBus() };
});
afterEach(async () => {
  await other?.orm.close();
  await ts?.stop();
});

/** `YYYY-MM-DD` (Vietnam) `days` from now. */
const day = (days: number) => todayInVietnam(new Date(Date.now() + days * DAY));

async function agencyWithPeople(count: number) {
  const em = ts.orm.em.fork();
  const organization = await makeOrganization(em, { area: await makeArea(em) });
  const people: TestUser[] = [];
  for (let i = 0; i < count; i++) {
    const user = await makeUser(ts.orm);
    await grantRole(ts.orm, user.user.id, organization.id, Role.MEMBER);
    people.push(user);
  }
  return { organization, people };
}

async function makeTask(
  em: EntityManager,
  lead: Organization,
  dueOn: string,
  options: { status?: TaskStatus; personInCharge?: TestUser } = {},
): Promise<Task> {
  const title = `Nhiệm vụ ${unique()}`;
  const task = em.create(Task, {
    title,
    searchKey: foldForSearch(title),
    dueOn,
    status: options.status ?? TaskStatus.IN_PROGRESS,
  });
  em.create(TaskAssignment, {
    task,
    organization: lead,
    role: AssignmentRole.LEAD,
    assignedOn: day(-30),
    personInCharge: options.personInCharge?.person.id ?? null,
  });
  await em.flush();
  return task;
}

/** How many notifications of `kind` each person has about `task`. */
async function counts(task: Task, kind: string, people: TestUser[]): Promise<number[]> {
  const rows = await ts.orm.em
    .fork()
    .getConnection()
    .execute<{ recipient_id: string; n: string }[]>(
      'select recipient_id, count(*) as n from notification where subject_id = ? and kind = ? group by recipient_id',
      [task.id, kind],
    );
  const byPerson = new Map(rows.map((r) => [r.recipient_id, Number(r.n)]));
  return people.map((p) => byPerson.get(p.person.id) ?? 0);
}

describe('reminders', () => {
  it('go out exactly once per recipient when two instances run at the same time, and never again', async () => {
    const { organization, people } = await agencyWithPeople(2);
    const inCharge = await makeUser(ts.orm);
    const everyone = [...people, inCharge];
    const em = ts.orm.em.fork();
    const dueTomorrow = await makeTask(em, organization, day(1), { personInCharge: inCharge });
    const overdue = await makeTask(em, organization, day(-2), { personInCharge: inCharge });
    const later = await makeTask(em, organization, day(20));
    const doneLate = await makeTask(em, organization, day(-5), { status: TaskStatus.DONE });

    const announced: Events['NOTIFICATION_ADDED'][0][] = [];
    const events = pubsub.subscribe('NOTIFICATION_ADDED');
    void (async () => {
      for await (const event of events) announced.push(event);
    })();

    const written = await Promise.all([
      runReminders(ts.orm.em, pubsub),
      runReminders(other.orm.em, other.pubsub),
      runReminders(ts.orm.em, pubsub),
    ]);
    expect(written.reduce((a, b) => a + b, 0)).toBe(2 * everyone.length);
    expect(await counts(dueTomorrow, 'TASK_DUE_SOON', everyone)).toEqual([1, 1, 1]);
    expect(await counts(overdue, 'TASK_OVERDUE', everyone)).toEqual([1, 1, 1]);
    expect(await counts(overdue, 'TASK_DUE_SOON', everyone)).toEqual([0, 0, 0]);
    expect(await counts(later, 'TASK_DUE_SOON', everyone)).toEqual([0, 0, 0]);
    expect(await counts(doneLate, 'TASK_OVERDUE', everyone)).toEqual([0, 0, 0]);
    // One announcement for the whole run, naming everyone it notified.
    await expect.poll(() => announced.length).toBe(1);
    expect(announced[0].personIds.toSorted()).toEqual(everyone.map((u) => u.person.id).toSorted());
    await events.return?.();

    const again = await Promise.all([
      runReminders(ts.orm.em, pubsub),
      runReminders(other.orm.em, other.pubsub),
    ]);
    expect(again).toEqual([0, 0]);
    expect(await counts(dueTomorrow, 'TASK_DUE_SOON', everyone)).toEqual([1, 1, 1]);
    expect(await counts(overdue, 'TASK_OVERDUE', everyone)).toEqual([1, 1, 1]);
  });

  it('catch up after downtime: a reminder whose time passed while no instance ran goes out on the next run', async () => {
    const { organization, people } = await agencyWithPeople(1);
    const em = ts.orm.em.fork();
    const dueTomorrow = await makeTask(em, organization, day(1));
    const overdue = await makeTask(em, organization, day(-1));

    // The last tick before the outage, ten days ago: neither was due yet (nor anything else).
    expect(await runReminders(other.orm.em, other.pubsub, new Date(Date.now() - 10 * DAY))).toBe(0);
    expect(await counts(dueTomorrow, 'TASK_DUE_SOON', people)).toEqual([0]);
    expect(await counts(overdue, 'TASK_OVERDUE', people)).toEqual([0]);

    // Back up: the first run sends both.
    expect(await runReminders(ts.orm.em, pubsub)).toBe(2);
    expect(await counts(dueTomorrow, 'TASK_DUE_SOON', people)).toEqual([1]);
    expect(await counts(overdue, 'TASK_OVERDUE', people)).toEqual([1]);
  });

  it("follow each person's due-soon lead and muted kinds", async () => {
    const { organization, people } = await agencyWithPeople(3);
    const [standard, lastMinute, muted] = people;
    await setPreferences(ts, lastMinute, { taskDueSoonDays: 0 });
    await setPreferences(ts, muted, { mutedKinds: ['TASK_DUE_SOON'] });
    const em = ts.orm.em.fork();
    const dueTomorrow = await makeTask(em, organization, day(1));

    await runReminders(ts.orm.em, pubsub);
    expect(await counts(dueTomorrow, 'TASK_DUE_SOON', people)).toEqual([1, 0, 0]);
    // On the due date the last-minute person is reminded; the muted one never is.
    await runReminders(other.orm.em, other.pubsub, new Date(Date.now() + DAY));
    expect(await counts(dueTomorrow, 'TASK_DUE_SOON', [standard, lastMinute, muted])).toEqual([1, 1, 0]);
  });
});
