/**
 * A large fan-out does not touch the database per subscriber (issue 10): one
 * briefing change delivered to 1,000 graphql-ws subscriptions selecting
 * `{ change meetingId }` runs no SQL statement beyond the mutation's own
 * (access is loaded when a subscription starts and checked in memory; the
 * meeting record is loaded only for subscribers that select it), and an
 * unrelated HTTP query answers while the delivery runs. Program events name
 * the organizations that may read the program, so they are checked in memory too.
 */
import { type DocumentNode, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SUBSCRIPTIONS_PER_CONNECTION } from '../server/app/ws-hygiene.js';
import type { Organization } from '../server/modules/organizations/organization.entity.js';
import { graphql } from './generated/index.js';
import { gid, makeArea, makeOrganization, makeUserWith, unique, type TestUser } from './helpers/factories.js';
import { connectClient, grantRole, Role, subscribe, type TestClient } from './helpers/realtime.js';
import { startTestServer, type GqlResult, type TestServer } from './helpers/server.js';

const SUBSCRIBERS = 1_000;

const Briefing = graphql(`
  subscription FanoutBriefing($organizationId: ID!) {
    briefingScheduleChanged(organizationId: $organizationId) { change meetingId }
  }
`);

const BriefingWithMeeting = graphql(`
  subscription FanoutBriefingWithMeeting($organizationId: ID!) {
    briefingScheduleChanged(organizationId: $organizationId) { change meetingId meeting { id title } }
  }
`);

const Schedule = graphql(`
  mutation FanoutSchedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) { meeting { id } }
  }
`);

const Reschedule = graphql(`
  mutation FanoutReschedule($input: RescheduleMeetingInput!) {
    rescheduleMeeting(input: $input) { meeting { id } }
  }
`);

const ProgramWatch = graphql(`
  subscription FanoutProgram($programId: ID!) {
    programUpdated(programId: $programId) { change programId }
  }
`);

const CreateProgram = graphql(`
  mutation FanoutCreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) { program { id } }
  }
`);

const AddParticipant = graphql(`
  mutation FanoutAddParticipant($input: AddProgramParticipantInput!) {
    addProgramParticipant(input: $input) { program { id } }
  }
`);

const TaskWatch = graphql(`
  subscription FanoutTasks($organizationId: ID!) {
    taskAssigned(organizationId: $organizationId) {
      change taskId
      task { id title assignments { role organization { id name } } viewerCan { manage } }
    }
  }
`);

const TaskIds = graphql(`
  subscription FanoutTaskIds($organizationId: ID!) {
    taskAssigned(organizationId: $organizationId) { change taskId }
  }
`);

const CreateTask = graphql(`
  mutation FanoutCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) { task { id } }
  }
`);

const Unrelated = graphql(`
  query FanoutUnrelated($id: ID!) {
    node(id: $id) { id ... on Organization { name } }
  }
`);

let ts: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await ts?.stop();
});

function ok<T>(result: GqlResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

async function agency(): Promise<Organization> {
  const em = ts.orm.em.fork();
  return makeOrganization(em, { area: await makeArea(em), name: `Cơ quan ${unique()}` });
}

async function schedule(by: TestUser, host: Organization, day: number) {
  const input = {
    kind: 'PERIODIC_BRIEFING',
    title: `Giao ban ${unique()}`,
    hostOrganizationId: gid.org(host),
    startsAt: `2031-06-${String(day).padStart(2, '0')}T01:00:00.000Z`,
    endsAt: `2031-06-${String(day).padStart(2, '0')}T03:00:00.000Z`,
  };
  return ok(await ts.gql(Schedule, { input: input as never }, by.token)).scheduleMeeting.meeting.id;
}

function reschedule(by: TestUser, meetingId: string, day: number) {
  const at = (hour: string) => `2031-07-${String(day).padStart(2, '0')}T${hour}:00:00.000Z`;
  return ts.gql(Reschedule, { input: { meetingId, startsAt: at('01'), endsAt: at('03') } }, by.token);
}

/** Statements the server sends while `work` runs, through the request pool and the live-delivery pool. */
async function statementsDuring(work: () => Promise<unknown>): Promise<{ requests: number; live: number }> {
  ts.sql.reset();
  ts.liveSql.reset();
  await work();
  return { requests: ts.sql.count, live: ts.liveSql.count };
}

/** A subscription document whose one variable is `organizationId`, and its operation's name. */
type Watch = { document: DocumentNode; operationName: string };
const briefing: Watch = { document: Briefing, operationName: 'FanoutBriefing' };

/**
 * `count` subscriptions of `watch` to the host, spread over connections of
 * `MAX_SUBSCRIPTIONS_PER_CONNECTION` each (one VIEWER of the host per connection);
 * resolves once all are live, with what their root field receives.
 */
async function subscribeMany(host: Organization, count: number, watch: Watch = briefing) {
  const received: Record<string, unknown>[] = [];
  const errors: unknown[] = [];
  let live = 0;
  const allLive = new Promise<void>((resolve) => {
    const onSubscribed = (name: string | undefined) => {
      if (name === watch.operationName && ++live === count) {
        ts.events.off('subscribed', onSubscribed);
        resolve();
      }
    };
    ts.events.on('subscribed', onSubscribed);
  });
  const operation = {
    query: print(watch.document),
    operationName: watch.operationName,
    variables: { organizationId: gid.org(host) },
  };
  const sink = {
    next: (value: { data?: unknown; errors?: unknown }) => {
      if (value.errors) errors.push(value.errors);
      const data = value.data as Record<string, Record<string, unknown>> | null | undefined;
      if (data) received.push(Object.values(data)[0]);
    },
    error: (error: unknown) => errors.push(error),
    complete: () => {},
  };
  for (let started = 0; started < count; started += MAX_SUBSCRIPTIONS_PER_CONNECTION) {
    const viewer = await makeUserWith(ts.orm, host.id, Role.VIEWER);
    const client = connectClient(ts.wsUrl, viewer.token);
    clients.push(client);
    const n = Math.min(MAX_SUBSCRIPTIONS_PER_CONNECTION, count - started);
    for (let i = 0; i < n; i++) client.client.subscribe(operation, sink);
  }
  await allLive;
  return { received, errors, changes: () => received.map((event) => event.change) };
}

describe(`a briefing change delivered to ${SUBSCRIBERS} subscribers`, () => {
  it('runs no statement per subscriber, and an unrelated query answers meanwhile', async () => {
    const [host, quiet, unrelated] = [await agency(), await agency(), await agency()];
    const [coordinator, quietCoordinator, reader] = [
      await makeUserWith(ts.orm, host.id, Role.COORDINATOR),
      await makeUserWith(ts.orm, quiet.id, Role.COORDINATOR),
      await makeUserWith(ts.orm, unrelated.id, Role.VIEWER),
    ];
    const [meetingId, quietMeetingId] = [
      await schedule(coordinator, host, 2),
      await schedule(quietCoordinator, quiet, 2),
    ];

    // Someone besides the actor is told in both organizations (nobody is told of their own change).
    await makeUserWith(ts.orm, quiet.id, Role.VIEWER);
    // The same change where nobody listens: what the mutation itself sends.
    const baseline = await statementsDuring(async () =>
      ok(await reschedule(quietCoordinator, quietMeetingId, 3)),
    );

    const { changes, errors } = await subscribeMany(host, SUBSCRIBERS);
    let answer: Promise<GqlResult<unknown>> | null = null;
    const statements = await statementsDuring(async () => {
      ok(await reschedule(coordinator, meetingId, 3));
      // Asked while the 1,000 deliveries run.
      answer = ts.gql(Unrelated, { id: gid.org(unrelated) }, reader.token);
      await expect.poll(() => changes().length, { timeout: 60_000 }).toBe(SUBSCRIBERS);
      await answer;
    });
    expect(errors).toEqual([]);
    expect(new Set(changes())).toEqual(new Set(['RESCHEDULED']));
    const unrelatedStatements = await statementsDuring(async () =>
      ok(await ts.gql(Unrelated, { id: gid.org(unrelated) }, reader.token)),
    );
    // The delivery added nothing but the unrelated query's own statements, in either pool.
    expect(statements).toEqual({
      requests: baseline.requests + unrelatedStatements.requests,
      live: 0,
    });
    expect(ok(await answer!)).toEqual({ node: { id: gid.org(unrelated), name: unrelated.name } });
  }, 120_000);

  it('reads what subscribers select through the live pool, never the request pool', async () => {
    const NESTED = 200;
    const host = await agency();
    const coordinator = await makeUserWith(ts.orm, host.id, Role.COORDINATOR);
    const meetingId = await schedule(coordinator, host, 4);
    await makeUserWith(ts.orm, host.id, Role.VIEWER); // told of the change, as the subscribers will be
    const alone = await statementsDuring(async () => ok(await reschedule(coordinator, meetingId, 5)));

    const watch = { document: BriefingWithMeeting, operationName: 'FanoutBriefingWithMeeting' };
    const { changes, errors } = await subscribeMany(host, NESTED, watch);
    const statements = await statementsDuring(async () => {
      ok(await reschedule(coordinator, meetingId, 6));
      await expect.poll(() => changes().length, { timeout: 60_000 }).toBe(NESTED);
    });
    expect(errors).toEqual([]);
    // The request pool served the mutation alone; the meetings the subscribers asked for came
    // through the live pool, which a fan-out may keep busy without delaying any request.
    expect(statements.requests).toBe(alone.requests);
    expect(statements.live).toBeGreaterThan(0);
  }, 120_000);
});

/** Creates a task led by `lead`; its global id and title. */
async function createTask(by: TestUser, lead: Organization) {
  const title = `Nhiệm vụ ${unique()}`;
  const input = { title, dueOn: '2031-06-30', lead: { organizationId: gid.org(lead) } };
  const created = ok(await ts.gql(CreateTask, { input: input as never }, by.token));
  return { id: created.createTask.task.id, title };
}

describe(`a task given to an organization with ${SUBSCRIBERS} subscribers`, () => {
  const tasks: Watch = { document: TaskWatch, operationName: 'FanoutTasks' };

  it('is resolved once for all the subscribers of one selection: the same statements for 1 as for 1,000', async () => {
    const host = await agency();
    const coordinator = await makeUserWith(ts.orm, host.id, Role.COORDINATOR);
    const first = await subscribeMany(host, 1, tasks);
    const alone = await statementsDuring(async () => {
      await createTask(coordinator, host);
      await expect.poll(() => first.received.length).toBe(1);
    });
    const others = await subscribeMany(host, SUBSCRIBERS - 1, tasks);
    let task = { id: '', title: '' };
    const together = await statementsDuring(async () => {
      task = await createTask(coordinator, host);
      await expect.poll(() => others.received.length, { timeout: 60_000 }).toBe(SUBSCRIBERS - 1);
      await expect.poll(() => first.received.length).toBe(2);
    });
    expect([...first.errors, ...others.errors]).toEqual([]);
    // The nested selection was read once for the event, through the live pool, not once per subscriber.
    expect(alone.live).toBeGreaterThan(0);
    expect(together).toEqual(alone);
    const answers = new Set([first.received[1], ...others.received].map((event) => JSON.stringify(event)));
    expect([...answers].map((answer) => JSON.parse(answer))).toEqual([
      {
        change: 'CREATED',
        taskId: task.id,
        task: {
          id: task.id,
          title: task.title,
          assignments: [{ role: 'LEAD', organization: { id: gid.org(host), name: host.name } }],
          viewerCan: { manage: false },
        },
      },
    ]);
  }, 120_000);

  it('answers other selections and visibilities on their own, and a subscriber without access not at all', async () => {
    const [host, other] = [await agency(), await agency()];
    const [coordinator, viewer, outsider] = [
      await makeUserWith(ts.orm, host.id, Role.COORDINATOR),
      await makeUserWith(ts.orm, host.id, Role.VIEWER),
      await makeUserWith(ts.orm, other.id, Role.COORDINATOR),
    ];
    const connect = (user: TestUser) => {
      const client = connectClient(ts.wsUrl, user.token);
      clients.push(client);
      return client.client;
    };
    const watched = { organizationId: gid.org(host) };
    const [viewerClient, coordinatorClient, outsiderClient] = [
      connect(viewer),
      connect(coordinator),
      connect(outsider),
    ];
    const viewerTasks = await subscribe(viewerClient, TaskWatch, watched, ts.events);
    const viewerIds = await subscribe(viewerClient, TaskIds, watched, ts.events);
    const coordinatorTasks = await subscribe(coordinatorClient, TaskWatch, watched, ts.events);
    const peeking = await subscribe(outsiderClient, TaskWatch, watched, ts.events);
    const own = await subscribe(outsiderClient, TaskIds, { organizationId: gid.org(other) }, ts.events);

    const task = await createTask(coordinator, host);
    const heard = [viewerTasks, viewerIds, coordinatorTasks];
    await expect.poll(() => heard.map((live) => live.received.length)).toEqual([1, 1, 1]);
    expect(viewerIds.received).toEqual([{ change: 'CREATED', taskId: task.id }]);
    // The same selection, two visibilities: each subscriber sees what it may do.
    expect(viewerTasks.received[0].task).toMatchObject({ id: task.id, viewerCan: { manage: false } });
    expect(coordinatorTasks.received[0].task).toMatchObject({ id: task.id, viewerCan: { manage: true } });
    // A later event on the outsider's own connection came; the host's never did.
    const control = await createTask(outsider, other);
    await expect.poll(() => own.received).toEqual([{ change: 'CREATED', taskId: control.id }]);
    expect(peeking.received).toEqual([]);
    expect([...heard, peeking, own].flatMap((live) => live.errors)).toEqual([]);
  });

  it('answers a subscriber whose role changed between two events with its new role, not a kept answer', async () => {
    const host = await agency();
    const [coordinator, promoted, stays] = [
      await makeUserWith(ts.orm, host.id, Role.COORDINATOR),
      await makeUserWith(ts.orm, host.id, Role.VIEWER),
      await makeUserWith(ts.orm, host.id, Role.VIEWER),
    ];
    const watched = { organizationId: gid.org(host) };
    const watch = async (user: TestUser) => {
      const client = connectClient(ts.wsUrl, user.token);
      clients.push(client);
      return subscribe(client.client, TaskWatch, watched, ts.events);
    };
    const [promotedTasks, stayingTasks] = [await watch(promoted), await watch(stays)];
    await createTask(coordinator, host);
    await expect
      .poll(() => [promotedTasks, stayingTasks].map((live) => live.received.length))
      .toEqual([1, 1]);
    expect(promotedTasks.received[0].task).toMatchObject({ viewerCan: { manage: false } });

    await grantRole(ts.orm, promoted.user.id, host.id, Role.COORDINATOR);
    ts.pubsub.publish('ACCESS_CHANGED', { userIds: [promoted.user.id] });
    await createTask(coordinator, host);
    await expect
      .poll(() => [promotedTasks, stayingTasks].map((live) => live.received.length))
      .toEqual([2, 2]);
    // One event, two answers: the promoted viewer's reloaded access is asked, the other's is not changed.
    expect(promotedTasks.received[1].task).toMatchObject({ viewerCan: { manage: true } });
    expect(stayingTasks.received[1].task).toMatchObject({ viewerCan: { manage: false } });
    expect([promotedTasks, stayingTasks].flatMap((live) => live.errors)).toEqual([]);
  });
});

async function createProgram(by: TestUser, owner: Organization) {
  const input = {
    kind: 'COORDINATION_REGULATION',
    code: unique('FAN-'),
    title: `Quy chế phối hợp ${unique()}`,
    startsOn: '2030-01-01',
    ownerOrganizationId: gid.org(owner),
  };
  return ok(await ts.gql(CreateProgram, { input: input as never }, by.token)).createProgram.program.id;
}

describe('a program change', () => {
  it('reaches the viewers of the organizations it concerns as of the change, checked in memory, and no one else', async () => {
    const [owner, joining, outside] = [await agency(), await agency(), await agency()];
    const [ownerCoordinator, outsideCoordinator] = [
      await makeUserWith(ts.orm, owner.id, Role.COORDINATOR),
      await makeUserWith(ts.orm, outside.id, Role.COORDINATOR),
    ];
    const [joiningViewer, outsider] = [
      await makeUserWith(ts.orm, joining.id, Role.VIEWER),
      await makeUserWith(ts.orm, outside.id, Role.VIEWER),
    ];
    const [programId, outsideProgramId] = [
      await createProgram(ownerCoordinator, owner),
      await createProgram(outsideCoordinator, outside),
    ];
    const connect = (user: TestUser) => {
      const client = connectClient(ts.wsUrl, user.token);
      clients.push(client);
      return client.client;
    };
    const joiner = await subscribe(connect(joiningViewer), ProgramWatch, { programId }, ts.events);
    const outsiderClient = connect(outsider);
    const peeking = await subscribe(outsiderClient, ProgramWatch, { programId }, ts.events);
    const own = await subscribe(outsiderClient, ProgramWatch, { programId: outsideProgramId }, ts.events);

    // The event that adds the organization already names it: its viewer hears of it.
    const statements = await statementsDuring(async () => {
      const added = { programId, organizationId: gid.org(joining), role: 'OBSERVER' };
      ok(await ts.gql(AddParticipant, { input: added as never }, ownerCoordinator.token));
      await expect.poll(() => joiner.received).toEqual([{ change: 'PARTICIPANT_ADDED', programId }]);
    });
    const outsideJoins = { programId: outsideProgramId, organizationId: gid.org(owner), role: 'OBSERVER' };
    const ownStatements = await statementsDuring(async () => {
      ok(await ts.gql(AddParticipant, { input: outsideJoins as never }, outsideCoordinator.token));
      await expect.poll(() => own.received.length).toBe(1);
    });
    // The outsider's own program's event came after; the other program's never did.
    expect(peeking.received).toEqual([]);
    // The same mutation: with two subscriptions checked (one let through), then one, the same
    // statements — the checks and the deliveries run none.
    expect(statements).toEqual(ownStatements);
  });
});
