import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, viewerFromToken } from '../server/app/context-factory.js';
import { Role } from '../server/core/access.js';
import { readConfig } from '../server/core/config.js';
import { parseGlobalId, toGlobalId } from '../server/core/ids.js';
import { createEventBus } from '../server/core/pubsub.js';
import { todayInVietnam } from '../server/core/scalars.js';
import { foldForSearch } from '../server/core/text.js';
import type { AdministrativeArea } from '../server/modules/areas/area.entity.js';
import {
  Organization,
  OrganizationKind,
  OrganizationStatus,
} from '../server/modules/organizations/organization.entity.js';
import { LegalDocument, LegalDocumentKind } from '../server/modules/legal-documents/legal-document.entity.js';
import { ParticipantRole, ProgramParticipant } from '../server/modules/programs/participant.entity.js';
import {
  CoordinationProgram,
  ProgramKind,
  ProgramStatus,
} from '../server/modules/programs/program.entity.js';
import { AssignmentRole, TaskAssignment } from '../server/modules/tasks/assignment.entity.js';
import { createTask as createTaskCommand } from '../server/modules/tasks/commands/create-task.js';
import { urgeTask as urgeTaskCommand } from '../server/modules/tasks/commands/urge-task.js';
import { deadlineBucketOf } from '../server/modules/tasks/deadline-bucket.js';
import { deadlineBucketSql, Task, TaskPriority, TaskStatus } from '../server/modules/tasks/task.entity.js';
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
import { startTestServer, type GqlResult, type TestServer } from './helpers/server.js';

// ---------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------

const CreateTask = graphql(`
  mutation TasksCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      task {
        id title status priority sourceKind startsOn dueOn version progressPercent deadlineBucket
        program { id }
        parent { id }
        sourceDocument { id }
        leadAssignment { role dueOn isCurrent organization { id } personInCharge { id } }
        assignments { role isCurrent assignedOn endedOn organization { id } }
        viewerCan { manage complete report urge }
      }
    }
  }
`);

const AssignTask = graphql(`
  mutation TasksAssignTask($input: AssignTaskInput!) {
    assignTask(input: $input) {
      task { id version assignments { role organization { id } } }
      assignment { id role dueOn isCurrent organization { id } personInCharge { id } }
    }
  }
`);

const ReassignLead = graphql(`
  mutation TasksReassignLead($input: ReassignTaskLeadInput!) {
    reassignTaskLead(input: $input) {
      task {
        id version
        leadAssignment { organization { id } }
        assignments(includeEnded: true) { role isCurrent assignedOn endedOn organization { id } }
      }
      assignment { role isCurrent organization { id } }
    }
  }
`);

const ReportProgress = graphql(`
  mutation TasksReportProgress($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) {
      task { id status progressPercent completedOn version deadlineBucket }
      report { id body percent newStatus reportedOn organization { id } author { id } }
    }
  }
`);

const CompleteTask = graphql(`
  mutation TasksCompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) { task { id status completedOn progressPercent version deadlineBucket } }
  }
`);

const CancelTask = graphql(`
  mutation TasksCancelTask($input: CancelTaskInput!) {
    cancelTask(input: $input) { task { id status statusReason version deadlineBucket } }
  }
`);

const UrgeTask = graphql(`
  mutation TasksUrgeTask($input: UrgeTaskInput!) {
    urgeTask(input: $input) {
      task { id followUps { id message organization { id } author { id } } }
      followUp { id message organization { id } author { id } }
    }
  }
`);

const TaskDetail = graphql(`
  query TasksTaskDetail($id: ID!, $reports: Int, $after: String) {
    task(id: $id) {
      id title status version deadlineBucket progressPercent completedOn
      program { id }
      parent { id }
      subtasks { totalCount edges { node { id } } }
      assignments(includeEnded: true) { role isCurrent endedOn organization { id } }
      leadAssignment { organization { id } }
      reports(first: $reports, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { node { body percent reportedOn organization { id } } }
      }
      followUps { message organization { id } }
      viewerCan { manage complete report urge }
    }
  }
`);

const TaskList = graphql(`
  query TasksList($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {
    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id title priority dueOn deadlineBucket } }
    }
  }
`);

const OrganizationTasks = graphql(`
  query TasksOrganizationTasks($id: ID!, $filter: OrganizationTaskFilter, $role: AssignmentRole) {
    organization(id: $id) {
      tasks(filter: $filter, first: 50) { totalCount edges { node { id title deadlineBucket } } }
      taskStats(role: $role) {
        total doneOnTime doneLate openWithinDeadline overdue cancelled onTimeCompletionRate
      }
    }
  }
`);

const Node = graphql(`
  query TasksNode($id: ID!) {
    node(id: $id) { id ... on Task { title } }
  }
`);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

let ts: TestServer;
let admin: TestUser;

beforeAll(async () => {
  ts = await startTestServer();
  admin = await makeUser(ts.orm, { isSystemAdmin: true });
});
afterAll(() => ts?.stop());

/** `extensions.code` of the first error, if any. */
const codeOf = (result: GqlResult<unknown>) => result.errors?.[0]?.extensions?.code;

/** Asserts the request succeeded and returns its data. */
function ok<T>(result: GqlResult<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data as T;
}

const dbId = (globalId: string): string => parseGlobalId(globalId)!.id;
const taskGid = (task: { id: string }) => toGlobalId('Task', task.id);
const programGid = (program: { id: string }) => toGlobalId('CoordinationProgram', program.id);

/** `YYYY-MM-DD` `days` after `date`. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const today = () => todayInVietnam();

/** A user with `role` on `organization`. */
const userWith = (role: Role, organization: Organization): Promise<TestUser> =>
  makeUserWith(ts.orm, organization.id, role);

/**
 * A province body P with two agencies below it (the lead L and a partner C),
 * an unrelated agency X, and users: COORDINATOR and MEMBER on L, MEMBER on C,
 * VIEWER on P, COORDINATOR on X.
 */
async function makeChain() {
  const em = ts.orm.em.fork();
  const area = await makeArea(em);
  const province = await makeOrganization(em, { area, name: `Tỉnh ủy ${unique()}` });
  const lead = await makeOrganization(em, { area, parent: province, name: `Ban Dân vận ${unique()}` });
  const partner = await makeOrganization(em, {
    area,
    parent: province,
    name: `Ủy ban MTTQ ${unique()}`,
    kind: OrganizationKind.FATHERLAND_FRONT,
  });
  const other = await makeOrganization(em, { area: await makeArea(em), name: `Cơ quan khác ${unique()}` });
  const [coordinator, member, partnerMember, provinceViewer, outsider] = await Promise.all([
    userWith(Role.COORDINATOR, lead),
    userWith(Role.MEMBER, lead),
    userWith(Role.MEMBER, partner),
    userWith(Role.VIEWER, province),
    userWith(Role.COORDINATOR, other),
  ]);
  return {
    area,
    province,
    lead,
    partner,
    other,
    coordinator,
    member,
    partnerMember,
    provinceViewer,
    outsider,
  };
}
type Chain = Awaited<ReturnType<typeof makeChain>>;

/** Creates a task over the API (as the chain's coordinator unless told). */
async function createTask(
  chain: Chain,
  input: Record<string, unknown> = {},
  token = chain.coordinator.token,
) {
  const result = await ts.gql(
    CreateTask,
    {
      input: {
        title: `Nhiệm vụ ${unique()}`,
        dueOn: addDays(today(), 30),
        lead: { organizationId: gid.org(chain.lead) },
        coordinating: [{ organizationId: gid.org(chain.partner) }],
        ...input,
      } as never,
    },
    token,
  );
  return ok(result).createTask.task;
}

/** Creates a task directly in the database with its assignments (for past dates and final states). */
async function makeTask(
  em: EntityManager,
  options: {
    lead: Organization;
    coordinating?: Organization[];
    dueOn: string;
    status?: TaskStatus;
    completedOn?: string | null;
    program?: CoordinationProgram | null;
    title?: string;
    priority?: Task['priority'];
    parent?: Task | null;
  },
): Promise<Task> {
  const title = options.title ?? `Nhiệm vụ ${unique()}`;
  const task = em.create(Task, {
    title,
    searchKey: foldForSearch(title),
    dueOn: options.dueOn,
    status: options.status ?? TaskStatus.NOT_STARTED,
    completedOn: options.completedOn ?? null,
    program: options.program ?? null,
    parent: options.parent ?? null,
    ...(options.priority ? { priority: options.priority } : {}),
  });
  em.create(TaskAssignment, {
    task,
    organization: options.lead,
    role: AssignmentRole.LEAD,
    assignedOn: '2024-01-01',
  });
  for (const org of options.coordinating ?? []) {
    em.create(TaskAssignment, {
      task,
      organization: org,
      role: AssignmentRole.COORDINATING,
      assignedOn: '2024-01-01',
    });
  }
  await em.flush();
  return task;
}

/** Creates a program directly (owner + participants), the way the programs module stores it. */
async function makeProgram(
  em: EntityManager,
  owner: Organization,
  participants: { organization: Organization; role: ParticipantRole }[] = [],
): Promise<CoordinationProgram> {
  const title = `Chương trình phối hợp ${unique()}`;
  const program = em.create(CoordinationProgram, {
    kind: ProgramKind.COORDINATION_PROGRAM,
    code: unique('CT-'),
    title,
    searchKey: foldForSearch(title),
    owner,
    status: ProgramStatus.ACTIVE,
  });
  em.create(ProgramParticipant, {
    program,
    organization: owner,
    role: ParticipantRole.LEAD,
    joinedOn: '2024-01-01',
  });
  for (const p of participants) {
    em.create(ProgramParticipant, {
      program,
      organization: p.organization,
      role: p.role,
      joinedOn: '2024-01-01',
    });
  }
  await em.flush();
  return program;
}

/** Rows of a table for a task, straight from the database. */
async function countRows(table: 'task_assignment' | 'progress_report' | 'task_follow_up', taskId: string) {
  const rows = await ts.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from ${table} where task_id = ?`, [taskId]);
  return Number(rows[0].n);
}

async function tasksTitled(title: string): Promise<number> {
  return ts.orm.em.fork().count(Task, { title });
}

async function auditCount(operation: string, userId: string): Promise<number> {
  const rows = await ts.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(
      'select count(*) as n from audit_record where operation = ? and actor_user_id = ?',
      [operation, userId],
    );
  return Number(rows[0].n);
}

/** One task per bucket (plus edge cases) led by `lead`, created directly with past dates. */
async function seedBuckets(lead: Organization, program: CoordinationProgram | null = null) {
  const em = ts.orm.em.fork();
  const t = today();
  const make = (dueOn: string, status: TaskStatus, completedOn: string | null = null) =>
    makeTask(em, { lead, dueOn, status, completedOn, program });
  return {
    onTime: [
      await make(addDays(t, -20), TaskStatus.DONE, addDays(t, -25)),
      await make(addDays(t, -5), TaskStatus.DONE, addDays(t, -5)),
      await make(addDays(t, 5), TaskStatus.DONE, addDays(t, -1)),
    ],
    late: [await make(addDays(t, -30), TaskStatus.DONE, addDays(t, -2))],
    open: [await make(t, TaskStatus.IN_PROGRESS), await make(addDays(t, 9), TaskStatus.BLOCKED)],
    overdue: [
      await make(addDays(t, -1), TaskStatus.NOT_STARTED),
      await make(addDays(t, -40), TaskStatus.IN_PROGRESS),
    ],
    cancelled: [await make(addDays(t, -3), TaskStatus.CANCELLED)],
  };
}

/** Database ids of a task list's nodes, in order. */
const ids = (r: { tasks: { edges: { node: { id: string } }[] } }) =>
  r.tasks.edges.map((e) => dbId(e.node.id));

/** Runs an operation straight on the schema (same resolvers and loaders, no HTTP cost limit). */
async function runDirect(query: string, token: string) {
  const deps = { orm: ts.orm, config: readConfig({ NODE_ENV: 'test' }), pubsub: createEventBus() };
  const viewer = await viewerFromToken(deps, token);
  const contextValue = createContext(deps, viewer);
  ts.sql.reset();
  const result = await execute({ schema: ts.server.schema, document: parse(query), contextValue });
  return { result, count: ts.sql.count, statements: [...ts.sql.statements] };
}

/** A root with `n` programs, each with 3 participants and 3 tasks of 2 assignments; a VIEWER on the root. */
async function seedPrograms(n: number) {
  const em = ts.orm.em.fork();
  const area: AdministrativeArea = await makeArea(em);
  const root = await makeOrganization(em, { area, name: `Tỉnh ủy ${unique()}` });
  const orgs = [];
  for (let i = 0; i < 6; i++) orgs.push(await makeOrganization(em, { area, parent: root }));
  for (let i = 0; i < n; i++) {
    const program = await makeProgram(em, orgs[i % 6], [
      { organization: orgs[(i + 1) % 6], role: ParticipantRole.CO_LEAD },
      { organization: orgs[(i + 2) % 6], role: ParticipantRole.PARTNER },
    ]);
    for (let k = 0; k < 3; k++) {
      await makeTask(em, {
        lead: orgs[(i + k) % 6],
        coordinating: [orgs[(i + k + 1) % 6]],
        dueOn: addDays(today(), k - 1),
        program,
      });
    }
  }
  const viewer = await userWith(Role.VIEWER, root);
  return { area, root, orgs, viewer };
}

/**
 * The "shared plans" page: 50 programs → lead organization,
 * participants → organization, first 20 tasks → assignments → organization.
 * Its cost in the HTTP limit's model is about 117,000 (MAX_COST is 10,000),
 * so it runs straight on the schema (`runDirect`).
 */
const PROGRAMS_PAGE = `{ programs(first: 50) { edges { node {
    title leadOrganization { name } participants { organization { name } }
    tasks(first: 20) { totalCount edges { node { title assignments { role organization { name } } } } }
  } } } }`;
/** "My agency's tasks" for every organization of an area: tasks, assignments, lead, reports, stats. */
const ORGANIZATIONS_PAGE = (areaId: string) => `{ organizations(first: 50, filter: { areaId: "${areaId}" }) {
    edges { node { name
      tasks(first: 20) { edges { node { title deadlineBucket assignments { role organization { name } }
        leadAssignment { organization { name } } reports(first: 2) { edges { node { body } } } } } }
      taskStats { overdue onTimeCompletionRate }
    } } } }`;

// ---------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------

describe('createTask', () => {
  it('creates a task with its lead and coordinating organizations in one go', async () => {
    const chain = await makeChain();
    const before = await auditCount('createTask', chain.coordinator.user.id);
    const task = await createTask(chain, {
      title: '  Tổ chức đối thoại   với Nhân dân  '.normalize('NFD'),
      priority: TaskPriority.HIGH,
      startsOn: today(),
      lead: {
        organizationId: gid.org(chain.lead),
        personInChargeId: gid.person(chain.member.person),
        dueOn: addDays(today(), 20),
      },
    });
    expect(task.title).toBe('Tổ chức đối thoại với Nhân dân');
    expect(task).toMatchObject({
      status: 'NOT_STARTED',
      priority: TaskPriority.HIGH,
      sourceKind: 'OTHER',
      version: 1,
      progressPercent: 0,
      deadlineBucket: 'OPEN_WITHIN_DEADLINE',
      program: null,
      parent: null,
      sourceDocument: null,
      viewerCan: { manage: true, complete: true, report: true, urge: true },
    });
    expect(task.leadAssignment).toEqual({
      role: 'LEAD',
      dueOn: addDays(today(), 20),
      isCurrent: true,
      organization: { id: gid.org(chain.lead) },
      personInCharge: { id: gid.person(chain.member.person) },
    });
    expect(task.assignments.map((a) => [a.role, a.organization.id, a.assignedOn, a.endedOn])).toEqual([
      ['LEAD', gid.org(chain.lead), today(), null],
      ['COORDINATING', gid.org(chain.partner), today(), null],
    ]);
    expect(await auditCount('createTask', chain.coordinator.user.id)).toBe(before + 1);

    const em = ts.orm.em.fork();
    const document = em.create(LegalDocument, {
      number: unique('43-CT/TU-'),
      kind: LegalDocumentKind.DIRECTIVE,
      title: 'Chỉ thị về công tác dân vận',
      searchKey: 'chi thi ve cong tac dan van',
      issuingOrganization: chain.province,
      issuedOn: '2021-05-20',
    });
    await em.flush();
    const fromDocument = await createTask(chain, {
      sourceDocumentId: toGlobalId('LegalDocument', document.id),
    });
    expect(fromDocument).toMatchObject({
      sourceKind: 'LEGAL_DOCUMENT',
      sourceDocument: { id: toGlobalId('LegalDocument', document.id) },
    });
  });

  it('lets whoever runs a program create its tasks, for any lead; subtasks inherit the program', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const program = await makeProgram(em, chain.other, [
      { organization: chain.lead, role: ParticipantRole.PARTNER },
    ]);
    // COORDINATOR on the program's owner X, no role on the lead L.
    const task = await createTask(chain, { programId: programGid(program) }, chain.outsider.token);
    expect(task.program).toEqual({ id: programGid(program) });
    expect(task.sourceKind).toBe('PROGRAM');
    expect(task.viewerCan.manage).toBe(true);
    const sub = await createTask(
      chain,
      { parentTaskId: task.id, lead: { organizationId: gid.org(chain.partner) }, coordinating: [] },
      chain.outsider.token,
    );
    expect(sub.parent).toEqual({ id: task.id });
    expect(sub.program).toEqual({ id: programGid(program) });
    const detail = ok(await ts.gql(TaskDetail, { id: task.id }, chain.outsider.token)).task;
    expect(detail.subtasks.edges.map((e) => e.node.id)).toEqual([sub.id]);
    // Without the program, the outsider may not lead with L.
    const denied = await ts.gql(
      CreateTask,
      { input: { title: 'Không được', dueOn: today(), lead: { organizationId: gid.org(chain.lead) } } },
      chain.outsider.token,
    );
    expect(codeOf(denied)).toBe('NOT_FOUND');
  });

  it('refuses viewers and members of the lead, and strangers, before any domain rule', async () => {
    const chain = await makeChain();
    const input = (title: string) => ({
      input: {
        title,
        dueOn: today(),
        lead: { organizationId: gid.org(chain.lead) },
        coordinating: [{ organizationId: gid.org(chain.lead) }],
      },
    });
    expect(codeOf(await ts.gql(CreateTask, input('a'), chain.member.token))).toBe('BAD_USER_INPUT');
    const ok1 = await ts.gql(
      CreateTask,
      { input: { title: 'b', dueOn: today(), lead: { organizationId: gid.org(chain.lead) } } },
      chain.member.token,
    );
    expect(codeOf(ok1)).toBe('FORBIDDEN');
    const stranger = await ts.gql(
      CreateTask,
      { input: { title: 'c', dueOn: today(), lead: { organizationId: gid.org(chain.lead) } } },
      (await makeUser(ts.orm)).token,
    );
    expect(codeOf(stranger)).toBe('NOT_FOUND');
  });

  it('answers bad input with a typed error and writes nothing', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const merged = await makeOrganization(em, { area: chain.area, parent: chain.province });
    const dissolved = await makeOrganization(em, { area: chain.area, parent: chain.province });
    await em.nativeUpdate(
      Organization,
      { id: merged.id },
      { status: OrganizationStatus.MERGED, successor: chain.lead.id },
    );
    await em.nativeUpdate(Organization, { id: dissolved.id }, { status: OrganizationStatus.DISSOLVED });
    const title = `Sai ${unique()}`;
    const base = { title, dueOn: today(), lead: { organizationId: gid.org(chain.lead) } };
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ ...base, startsOn: addDays(today(), 1) }, 'BAD_USER_INPUT', 'dueOn'],
      [
        { ...base, coordinating: [{ organizationId: gid.org(chain.lead) }] },
        'BAD_USER_INPUT',
        'coordinating',
      ],
      [
        {
          ...base,
          coordinating: [
            { organizationId: gid.org(chain.partner) },
            { organizationId: gid.org(chain.partner) },
          ],
        },
        'BAD_USER_INPUT',
        'coordinating',
      ],
      [{ title, dueOn: today() }, 'BAD_USER_INPUT'],
      [{ ...base, lead: { organizationId: gid.org(merged) } }, 'CONFLICT', 'lead.organizationId'],
      [
        { ...base, coordinating: [{ organizationId: gid.org(dissolved) }] },
        'CONFLICT',
        'coordinating.organizationId',
      ],
      [{ ...base, title: '   ' }, 'BAD_USER_INPUT', 'title'],
      [{ ...base, title: 'x'.repeat(501) }, 'BAD_USER_INPUT', 'title'],
      [
        { ...base, programId: toGlobalId('CoordinationProgram', '00000000-0000-4000-8000-000000000000') },
        'NOT_FOUND',
      ],
      [{ ...base, lead: { organizationId: gid.area(chain.area) } }, 'BAD_USER_INPUT', 'lead.organizationId'],
      [{ ...base, sourceKind: 'LEGAL_DOCUMENT' }, 'BAD_USER_INPUT', 'sourceDocumentId'],
      [
        { ...base, lead: { organizationId: gid.org(chain.lead), dueOn: '2000-01-01' }, startsOn: today() },
        'BAD_USER_INPUT',
        'lead.dueOn',
      ],
    ];
    // COORDINATOR on the province: it may act for every organization below it, so the domain rules answer.
    const provinceCoordinator = await userWith(Role.COORDINATOR, chain.province);
    for (const [input, code, field] of cases) {
      const result = await ts.gql(CreateTask, { input: input as never }, provinceCoordinator.token);
      expect(codeOf(result), JSON.stringify(input)).toBe(code);
      if (field) expect(result.errors![0].extensions!.field).toBe(field);
    }
    expect(await tasksTitled(title)).toBe(0);
  });
});

describe('assignTask and reassignTaskLead', () => {
  it('adds coordinating organizations once, only active ones, only to open tasks', async () => {
    const chain = await makeChain();
    const task = await createTask(chain, { coordinating: [] });
    const added = ok(
      await ts.gql(
        AssignTask,
        {
          input: {
            taskId: task.id,
            organizationId: gid.org(chain.partner),
            personInChargeId: gid.person(chain.partnerMember.person),
            dueOn: addDays(today(), 10),
          },
        },
        chain.coordinator.token,
      ),
    ).assignTask;
    expect(added.assignment).toMatchObject({
      role: 'COORDINATING',
      dueOn: addDays(today(), 10),
      isCurrent: true,
      organization: { id: gid.org(chain.partner) },
      personInCharge: { id: gid.person(chain.partnerMember.person) },
    });
    expect(added.task.version).toBe(2);
    const again = await ts.gql(
      AssignTask,
      { input: { taskId: task.id, organizationId: gid.org(chain.partner) } },
      chain.coordinator.token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const lead = await ts.gql(
      AssignTask,
      { input: { taskId: task.id, organizationId: gid.org(chain.lead) } },
      chain.coordinator.token,
    );
    expect(codeOf(lead)).toBe('CONFLICT');
    const em = ts.orm.em.fork();
    const merged = await makeOrganization(em, { area: chain.area, parent: chain.province });
    await em.nativeUpdate(Organization, { id: merged.id }, { status: OrganizationStatus.MERGED });
    const toMerged = await ts.gql(
      AssignTask,
      { input: { taskId: task.id, organizationId: gid.org(merged) } },
      chain.coordinator.token,
    );
    expect(codeOf(toMerged)).toBe('CONFLICT');
    expect(
      codeOf(
        await ts.gql(
          AssignTask,
          { input: { taskId: task.id, organizationId: gid.org(chain.other) } },
          chain.member.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await ts.gql(
          AssignTask,
          { input: { taskId: task.id, organizationId: gid.org(chain.other) } },
          chain.outsider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(await countRows('task_assignment', dbId(task.id))).toBe(2);
  });

  it('hands the lead on and keeps the history of who held it', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const stale = await ts.gql(
      ReassignLead,
      { input: { taskId: task.id, expectedVersion: 7, organizationId: gid.org(chain.partner) } },
      chain.coordinator.token,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const same = await ts.gql(
      ReassignLead,
      { input: { taskId: task.id, expectedVersion: 1, organizationId: gid.org(chain.lead) } },
      chain.coordinator.token,
    );
    expect(codeOf(same)).toBe('CONFLICT');
    const result = ok(
      await ts.gql(
        ReassignLead,
        { input: { taskId: task.id, expectedVersion: 1, organizationId: gid.org(chain.partner) } },
        chain.coordinator.token,
      ),
    ).reassignTaskLead;
    expect(result.assignment).toEqual({
      role: 'LEAD',
      isCurrent: true,
      organization: { id: gid.org(chain.partner) },
    });
    expect(result.task.version).toBe(2);
    expect(result.task.leadAssignment).toEqual({ organization: { id: gid.org(chain.partner) } });
    // The old lead and the partner's coordinating row end today; the new lead row is current.
    expect(result.task.assignments.map((a) => [a.role, a.organization.id, a.isCurrent, a.endedOn])).toEqual([
      ['LEAD', gid.org(chain.lead), false, today()],
      ['COORDINATING', gid.org(chain.partner), false, today()],
      ['LEAD', gid.org(chain.partner), true, null],
    ]);
    // The old lead's coordinator no longer manages it, but still sees it (history).
    const seen = ok(await ts.gql(TaskDetail, { id: task.id }, chain.coordinator.token)).task;
    expect(seen.viewerCan).toEqual({ manage: false, complete: false, report: false, urge: false });
  });
});

describe('reportTaskProgress, completeTask, cancelTask and urgeTask', () => {
  it('records reports from assigned organizations and moves the task', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const first = ok(
      await ts.gql(
        ReportProgress,
        {
          input: {
            taskId: task.id,
            organizationId: gid.org(chain.partner),
            body: 'Đã họp phối hợp',
            percent: 20,
          },
        },
        chain.partnerMember.token,
      ),
    ).reportTaskProgress;
    expect(first.task).toMatchObject({ status: 'IN_PROGRESS', progressPercent: 20, version: 2 });
    expect(first.report).toMatchObject({
      body: 'Đã họp phối hợp',
      percent: 20,
      newStatus: null,
      reportedOn: today(),
      organization: { id: gid.org(chain.partner) },
      author: { id: gid.person(chain.partnerMember.person) },
    });
    const blocked = ok(
      await ts.gql(
        ReportProgress,
        {
          input: {
            taskId: task.id,
            organizationId: gid.org(chain.lead),
            body: 'Vướng mặt bằng',
            percent: 30,
            newStatus: 'BLOCKED',
            reportedOn: addDays(today(), -1),
          },
        },
        chain.member.token,
      ),
    ).reportTaskProgress;
    expect(blocked.task).toMatchObject({ status: 'BLOCKED', progressPercent: 30 });
    const done = ok(
      await ts.gql(
        ReportProgress,
        {
          input: {
            taskId: task.id,
            organizationId: gid.org(chain.lead),
            body: 'Xong',
            percent: 100,
            newStatus: 'DONE',
          },
        },
        chain.member.token,
      ),
    ).reportTaskProgress;
    expect(done.task).toMatchObject({
      status: 'DONE',
      completedOn: today(),
      progressPercent: 100,
      deadlineBucket: 'DONE_ON_TIME',
    });
    // Newest first, paged.
    const page1 = ok(await ts.gql(TaskDetail, { id: task.id, reports: 2 }, chain.member.token)).task.reports;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e) => e.node.body)).toEqual(['Xong', 'Đã họp phối hợp']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(
      await ts.gql(
        TaskDetail,
        { id: task.id, reports: 2, after: page1.pageInfo.endCursor },
        chain.member.token,
      ),
    ).task.reports;
    expect(page2.edges.map((e) => e.node.body)).toEqual(['Vướng mặt bằng']);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(page2.totalCount).toBe(3);
  });

  it('refuses bad reports with typed errors and writes nothing', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const em = ts.orm.em.fork();
    const outsiderOrg = await makeOrganization(em, { area: chain.area, parent: chain.province });
    const report = (input: Record<string, unknown>, token: string) =>
      ts.gql(
        ReportProgress,
        {
          input: {
            taskId: task.id,
            organizationId: gid.org(chain.partner),
            body: 'Báo cáo',
            percent: 10,
            ...input,
          } as never,
        },
        token,
      );
    const cases: [Record<string, unknown>, string, string][] = [
      [{ percent: 101 }, chain.partnerMember.token, 'BAD_USER_INPUT'],
      [{ percent: -1 }, chain.partnerMember.token, 'BAD_USER_INPUT'],
      [{ body: ' ' }, chain.partnerMember.token, 'BAD_USER_INPUT'],
      [{ reportedOn: addDays(today(), 2) }, chain.partnerMember.token, 'BAD_USER_INPUT'],
      [{ newStatus: 'CANCELLED' }, chain.partnerMember.token, 'BAD_USER_INPUT'],
      // Not assigned: CONFLICT "not assigned".
      [{ organizationId: gid.org(outsiderOrg) }, chain.partnerMember.token, 'CONFLICT'],
      // Assigned, but the viewer is MEMBER on the lead, not on the partner.
      [{}, chain.member.token, 'FORBIDDEN'],
      // DONE needs the complete right (MEMBER on the lead).
      [{ newStatus: 'DONE' }, chain.partnerMember.token, 'FORBIDDEN'],
      [{}, chain.provinceViewer.token, 'FORBIDDEN'],
      [{}, chain.outsider.token, 'NOT_FOUND'],
    ];
    for (const [input, token, code] of cases) {
      expect(codeOf(await report(input, token)), JSON.stringify(input)).toBe(code);
    }
    const conflict = await report({ organizationId: gid.org(outsiderOrg) }, chain.partnerMember.token);
    expect(conflict.errors![0].message).toMatch(/not assigned/);
    expect(await countRows('progress_report', dbId(task.id))).toBe(0);
    const detail = ok(await ts.gql(TaskDetail, { id: task.id }, chain.member.token)).task;
    expect(detail).toMatchObject({ status: 'NOT_STARTED', version: 1, progressPercent: 0 });
  });

  it('completes and cancels with the version read, and keeps DONE and CANCELLED final', async () => {
    const chain = await makeChain();
    const task = await createTask(chain, { startsOn: addDays(today(), -10) });
    expect(
      codeOf(
        await ts.gql(CompleteTask, { input: { taskId: task.id, expectedVersion: 2 } }, chain.member.token),
      ),
    ).toBe('CONFLICT');
    expect(
      codeOf(
        await ts.gql(
          CompleteTask,
          { input: { taskId: task.id, expectedVersion: 1, completedOn: addDays(today(), 1) } },
          chain.member.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await ts.gql(
          CompleteTask,
          { input: { taskId: task.id, expectedVersion: 1, completedOn: addDays(today(), -11) } },
          chain.member.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await ts.gql(
          CompleteTask,
          { input: { taskId: task.id, expectedVersion: 1 } },
          chain.partnerMember.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    const done = ok(
      await ts.gql(
        CompleteTask,
        { input: { taskId: task.id, expectedVersion: 1, completedOn: addDays(today(), -1) } },
        chain.member.token,
      ),
    ).completeTask.task;
    expect(done).toMatchObject({
      status: 'DONE',
      completedOn: addDays(today(), -1),
      progressPercent: 100,
      version: 2,
      deadlineBucket: 'DONE_ON_TIME',
    });
    // Final: no completing again, no cancelling, no reporting, no reassigning, no urging.
    const final = [
      await ts.gql(CompleteTask, { input: { taskId: task.id, expectedVersion: 2 } }, chain.member.token),
      await ts.gql(
        CancelTask,
        { input: { taskId: task.id, expectedVersion: 2, reason: 'Hủy' } },
        chain.coordinator.token,
      ),
      await ts.gql(
        ReportProgress,
        { input: { taskId: task.id, organizationId: gid.org(chain.lead), body: 'Thêm', percent: 100 } },
        chain.member.token,
      ),
      await ts.gql(
        ReassignLead,
        { input: { taskId: task.id, expectedVersion: 2, organizationId: gid.org(chain.partner) } },
        chain.coordinator.token,
      ),
      await ts.gql(UrgeTask, { input: { taskId: task.id, message: 'Đôn đốc' } }, chain.coordinator.token),
    ];
    expect(final.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);

    const other = await createTask(chain);
    expect(
      codeOf(
        await ts.gql(
          CancelTask,
          { input: { taskId: other.id, expectedVersion: 1, reason: 'Hủy' } },
          chain.member.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(
        await ts.gql(
          CancelTask,
          { input: { taskId: other.id, expectedVersion: 1, reason: '  ' } },
          chain.coordinator.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const cancelled = ok(
      await ts.gql(
        CancelTask,
        { input: { taskId: other.id, expectedVersion: 1, reason: 'Không còn phù hợp' } },
        chain.coordinator.token,
      ),
    ).cancelTask.task;
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      statusReason: 'Không còn phù hợp',
      version: 2,
      deadlineBucket: null,
    });
    expect(
      codeOf(
        await ts.gql(CompleteTask, { input: { taskId: other.id, expectedVersion: 2 } }, chain.member.token),
      ),
    ).toBe('CONFLICT');
  });

  it('records follow-ups on open tasks on behalf of the highest organization the viewer coordinates', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const provinceCoordinator = await userWith(Role.COORDINATOR, chain.province);
    const urged = ok(
      await ts.gql(
        UrgeTask,
        { input: { taskId: task.id, message: '  Đề nghị khẩn trương ' } },
        provinceCoordinator.token,
      ),
    ).urgeTask;
    expect(urged.followUp).toMatchObject({
      message: 'Đề nghị khẩn trương',
      organization: { id: gid.org(chain.province) },
      author: { id: gid.person(provinceCoordinator.person) },
    });
    const byLead = ok(
      await ts.gql(
        UrgeTask,
        { input: { taskId: task.id, message: 'Nhắc lần hai' } },
        chain.coordinator.token,
      ),
    ).urgeTask;
    expect(byLead.followUp.organization).toEqual({ id: gid.org(chain.lead) });
    expect(byLead.task.followUps.map((f) => f.message)).toEqual(['Nhắc lần hai', 'Đề nghị khẩn trương']);
    expect(
      codeOf(
        await ts.gql(
          UrgeTask,
          { input: { taskId: task.id, message: 'x', organizationId: gid.org(chain.partner) } },
          provinceCoordinator.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await ts.gql(UrgeTask, { input: { taskId: task.id, message: 'x' } }, chain.member.token)),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await ts.gql(UrgeTask, { input: { taskId: task.id, message: 'x' } }, chain.outsider.token)),
    ).toBe('NOT_FOUND');
    expect(await countRows('task_follow_up', dbId(task.id))).toBe(2);
  });

  it('publishes TASK_CHANGED after commit to the organizations concerned', async () => {
    const chain = await makeChain();
    const pubsub = createEventBus();
    const deps = { orm: ts.orm, config: readConfig({ NODE_ENV: 'test' }), pubsub };
    const viewer = await viewerFromToken(deps, chain.coordinator.token);
    const events: { taskId: string; organizationIds: string[]; change: string }[] = [];
    const subscription = pubsub.subscribe('TASK_CHANGED');
    const reading = (async () => {
      for await (const event of subscription) {
        events.push(event);
        if (events.length === 2) break;
      }
    })();
    const task = await createTaskCommand(createContext(deps, viewer), {
      title: 'Nhiệm vụ có sự kiện',
      dueOn: today(),
      lead: { organizationId: gid.org(chain.lead) },
      coordinating: [{ organizationId: gid.org(chain.partner) }],
    });
    await expect(
      urgeTaskCommand(createContext(deps, viewer), { taskId: 'not-a-task-id', message: 'Nhắc' }),
    ).rejects.toThrow(/taskId/);
    await urgeTaskCommand(createContext(deps, viewer), { taskId: taskGid(task), message: 'Nhắc' });
    await reading;
    expect(events.map((e) => [e.taskId, e.change])).toEqual([
      [task.id, 'CREATED'],
      [task.id, 'URGED'],
    ]);
    expect(events[0].organizationIds.toSorted()).toEqual([chain.lead.id, chain.partner.id].toSorted());
  });
});

describe('optimistic locking with parallel clients', () => {
  it('records every one of concurrent reports (the task row is locked, not lost)', async () => {
    const chain = await makeChain();
    const task = await createTask(chain);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        ts.gql(
          ReportProgress,
          {
            input: {
              taskId: task.id,
              organizationId: gid.org(i % 2 ? chain.lead : chain.partner),
              body: `Báo cáo ${i}`,
              percent: 10 * i,
            },
          },
          i % 2 ? chain.member.token : chain.partnerMember.token,
        ),
      ),
    );
    for (const result of results) ok(result);
    expect(await countRows('progress_report', dbId(task.id))).toBe(6);
    const detail = ok(await ts.gql(TaskDetail, { id: task.id }, chain.member.token)).task;
    expect(detail.version).toBe(7);
    expect(detail.reports.totalCount).toBe(6);
  });

  it('lets exactly one of concurrent edits with the same version win; the others get CONFLICT', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const targets = await Promise.all(
      Array.from({ length: 4 }, () => makeOrganization(em, { area: chain.area, parent: chain.province })),
    );
    const task = await createTask(chain);
    const reassign = await Promise.all(
      targets.map((org) =>
        ts.gql(
          ReassignLead,
          { input: { taskId: task.id, expectedVersion: 1, organizationId: gid.org(org) } },
          chain.coordinator.token,
        ),
      ),
    );
    expect(reassign.filter((r) => !r.errors)).toHaveLength(1);
    expect(reassign.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    const rows = await em
      .fork()
      .find(TaskAssignment, { task: dbId(task.id), role: AssignmentRole.LEAD, endedOn: null });
    expect(rows).toHaveLength(1);

    const other = await createTask(chain);
    const race = await Promise.all([
      ts.gql(CompleteTask, { input: { taskId: other.id, expectedVersion: 1 } }, chain.member.token),
      ts.gql(
        CancelTask,
        { input: { taskId: other.id, expectedVersion: 1, reason: 'Hủy' } },
        chain.coordinator.token,
      ),
      ts.gql(CompleteTask, { input: { taskId: other.id, expectedVersion: 1 } }, chain.coordinator.token),
    ]);
    expect(race.filter((r) => !r.errors)).toHaveLength(1);
    expect(race.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
  });
});

// ---------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------

describe('deadline buckets', () => {
  it('computes the same bucket in TypeScript and in SQL on the same rows', async () => {
    const chain = await makeChain();
    const seeded = await seedBuckets(chain.lead);
    const edge = await makeTask(ts.orm.em.fork(), {
      lead: chain.lead,
      dueOn: addDays(today(), -1),
      status: TaskStatus.DONE,
      completedOn: null,
    });
    const all = [...Object.values(seeded).flat(), edge];
    const rows = await ts.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string; bucket: string | null }[]>(
        `select t.id, ${deadlineBucketSql('t')} as bucket from task t where t.id in (?)`,
        [all.map((t) => t.id)],
      );
    const sql = new Map(rows.map((r) => [r.id, r.bucket]));
    for (const task of all) expect(deadlineBucketOf(task, today()), task.title).toBe(sql.get(task.id));
    expect(sql.get(edge.id)).toBe('DONE_LATE');
    expect(all.map((t) => sql.get(t.id))).toEqual([
      'DONE_ON_TIME',
      'DONE_ON_TIME',
      'DONE_ON_TIME',
      'DONE_LATE',
      'OPEN_WITHIN_DEADLINE',
      'OPEN_WITHIN_DEADLINE',
      'OVERDUE',
      'OVERDUE',
      null,
      'DONE_LATE',
    ]);
  });

  it('filters and counts tasks per bucket, with the on-time completion rate', async () => {
    const chain = await makeChain();
    const seeded = await seedBuckets(chain.lead);
    const list = async (deadlineBucket: string[]) =>
      ok(
        await ts.gql(
          TaskList,
          {
            filter: { organizationId: gid.org(chain.lead), deadlineBucket: deadlineBucket as never },
            first: 50,
          },
          chain.member.token,
        ),
      ).tasks;
    const overdue = await list(['OVERDUE']);
    expect(overdue.totalCount).toBe(2);
    expect(overdue.edges.map((e) => dbId(e.node.id)).toSorted()).toEqual(
      seeded.overdue.map((t) => t.id).toSorted(),
    );
    expect(overdue.edges.every((e) => e.node.deadlineBucket === 'OVERDUE')).toBe(true);
    expect((await list(['DONE_ON_TIME', 'DONE_LATE'])).totalCount).toBe(4);
    expect((await list(['OPEN_WITHIN_DEADLINE'])).totalCount).toBe(2);

    const stats = ok(
      await ts.gql(
        OrganizationTasks,
        { id: gid.org(chain.lead), filter: { deadlineBucket: ['DONE_LATE'] } },
        chain.member.token,
      ),
    ).organization;
    expect(stats.taskStats).toEqual({
      total: 9,
      doneOnTime: 3,
      doneLate: 1,
      openWithinDeadline: 2,
      overdue: 2,
      cancelled: 1,
      onTimeCompletionRate: 0.75,
    });
    expect(stats.tasks.edges.map((e) => dbId(e.node.id))).toEqual(seeded.late.map((t) => t.id));
    // As coordinating: none. An unrelated viewer counts nothing.
    const coordinating = ok(
      await ts.gql(OrganizationTasks, { id: gid.org(chain.lead), role: 'COORDINATING' }, chain.member.token),
    ).organization.taskStats;
    expect(coordinating).toMatchObject({ total: 0, onTimeCompletionRate: null });
    const hidden = ok(
      await ts.gql(OrganizationTasks, { id: gid.org(chain.lead) }, chain.outsider.token),
    ).organization;
    expect(hidden.tasks.totalCount).toBe(0);
    expect(hidden.taskStats.total).toBe(0);
    // The province above sees them (a role reaches down the chain of command).
    const above = ok(
      await ts.gql(OrganizationTasks, { id: gid.org(chain.lead) }, chain.provinceViewer.token),
    ).organization;
    expect(above.taskStats.total).toBe(9);
  });

  it("counts a program's tasks per bucket", async () => {
    const chain = await makeChain();
    const program = await makeProgram(ts.orm.em.fork(), chain.lead);
    await seedBuckets(chain.partner, program);
    const result = ok(
      await ts.gql(
        `query($id: ID!) { node(id: $id) { ... on CoordinationProgram {
          taskStats { total doneOnTime doneLate openWithinDeadline overdue cancelled onTimeCompletionRate }
          tasks(first: 3, filter: { deadlineBucket: [OVERDUE] }) { totalCount edges { node { deadlineBucket } } }
        } } }`,
        { id: programGid(program) },
        chain.coordinator.token,
      ),
    ) as { node: { taskStats: Record<string, number>; tasks: { totalCount: number } } };
    expect(result.node.taskStats).toEqual({
      total: 9,
      doneOnTime: 3,
      doneLate: 1,
      openWithinDeadline: 2,
      overdue: 2,
      cancelled: 1,
      onTimeCompletionRate: 0.75,
    });
    expect(result.node.tasks.totalCount).toBe(2);
  });
});

describe('task lists', () => {
  it('filters by role, status, dates, program and search, and pages in every order', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const program = await makeProgram(em, chain.lead);
    const t = today();
    const a = await makeTask(em, {
      lead: chain.lead,
      dueOn: addDays(t, 3),
      priority: TaskPriority.LOW,
      title: 'Tuyên truyền pháp luật',
    });
    const b = await makeTask(em, {
      lead: chain.partner,
      coordinating: [chain.lead],
      dueOn: addDays(t, 1),
      priority: TaskPriority.URGENT,
      title: 'Giám sát phản biện xã hội',
    });
    const c = await makeTask(em, {
      lead: chain.lead,
      dueOn: addDays(t, 1),
      priority: TaskPriority.HIGH,
      program,
      title: 'Đối thoại với Nhân dân',
      status: TaskStatus.IN_PROGRESS,
    });
    const d = await makeTask(em, {
      lead: chain.lead,
      dueOn: addDays(t, 7),
      priority: TaskPriority.HIGH,
      title: 'Dân vận khéo',
    });
    const list = async (variables: Record<string, unknown>, token = chain.member.token) =>
      ok(await ts.gql(TaskList, { first: 50, ...variables } as never, token));
    const lead = gid.org(chain.lead);
    expect(ids(await list({ filter: { organizationId: lead, role: 'LEAD' } })).toSorted()).toEqual(
      [a.id, c.id, d.id].toSorted(),
    );
    expect(ids(await list({ filter: { organizationId: lead, role: 'COORDINATING' } }))).toEqual([b.id]);
    expect(ids(await list({ filter: { organizationId: lead, status: ['IN_PROGRESS'] } }))).toEqual([c.id]);
    expect(ids(await list({ filter: { organizationId: lead, programId: programGid(program) } }))).toEqual([
      c.id,
    ]);
    expect(ids(await list({ filter: { organizationId: lead, search: 'doi thoai' } }))).toEqual([c.id]);
    expect(ids(await list({ filter: { organizationId: lead, search: 'DÂN VẬN' } }))).toEqual([d.id]);
    expect(
      ids(
        await list({ filter: { organizationId: lead, dueAfter: addDays(t, 2), dueBefore: addDays(t, 3) } }),
      ),
    ).toEqual([a.id]);
    // Orders: by deadline then id; by priority; by last change.
    const byDue = ids(await list({ filter: { organizationId: lead } }));
    expect(byDue.slice(2)).toEqual([a.id, d.id]);
    expect(byDue.slice(0, 2).toSorted()).toEqual([b.id, c.id].toSorted());
    expect(ids(await list({ filter: { organizationId: lead }, orderBy: 'PRIORITY' }))).toEqual([
      b.id,
      c.id,
      d.id,
      a.id,
    ]);
    await em.nativeUpdate(Task, { id: a.id }, { updatedAt: new Date(Date.now() + 60_000) });
    expect(ids(await list({ filter: { organizationId: lead }, orderBy: 'UPDATED_AT' }))[0]).toBe(a.id);
    // Paging one by one gives the same order, in every ordering.
    for (const orderBy of ['DUE_DATE', 'PRIORITY', 'UPDATED_AT']) {
      const all = ids(await list({ filter: { organizationId: lead }, orderBy }));
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: {
          tasks: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor?: string | null };
            edges: { node: { id: string } }[];
          };
        } = await list({ filter: { organizationId: lead }, orderBy, first: 1, after });
        expect(page.tasks.totalCount).toBe(4);
        paged.push(...ids(page));
        if (!page.tasks.pageInfo.hasNextPage) break;
        after = page.tasks.pageInfo.endCursor ?? null;
      }
      expect(paged, orderBy).toEqual(all);
    }
    expect(codeOf(await ts.gql(TaskList, { first: 5, after: 'not-a-cursor' }, chain.member.token))).toBe(
      'BAD_USER_INPUT',
    );
    const wrongShape = Buffer.from(JSON.stringify(['2026-13-45', 'x'])).toString('base64url');
    expect(codeOf(await ts.gql(TaskList, { first: 5, after: wrongShape }, chain.member.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await ts.gql(TaskList, { first: 0 }, chain.member.token))).toBe('BAD_USER_INPUT');
  });
});

describe('visibility', () => {
  it('shows a task to its assigned organizations, their parents and its program, and to nobody else', async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const programOwner = await makeOrganization(em, { area: chain.area, name: `Ban Dân vận ${unique()}` });
    const programViewer = await userWith(Role.VIEWER, programOwner);
    const program = await makeProgram(em, programOwner);
    const task = await createTask(chain, { programId: undefined });
    const inProgram = await makeTask(em, { lead: chain.lead, dueOn: today(), program });
    const stranger = await makeUser(ts.orm);
    for (const [user, sees] of [
      [chain.member, true],
      [chain.partnerMember, true],
      [chain.provinceViewer, true],
      [chain.outsider, false],
      [stranger, false],
      [programViewer, false],
      [admin, true],
    ] as const) {
      const detail = await ts.gql(TaskDetail, { id: task.id }, user.token);
      const node = await ts.gql(Node, { id: task.id }, user.token);
      const list = ok(await ts.gql(TaskList, { filter: { search: task.title }, first: 5 }, user.token)).tasks;
      if (sees) {
        expect(ok(detail).task.id).toBe(task.id);
        expect(ok(node).node).toMatchObject({ id: task.id });
        expect(list.edges.map((e) => e.node.id)).toEqual([task.id]);
      } else {
        expect(codeOf(detail)).toBe('NOT_FOUND');
        expect(codeOf(node)).toBe('NOT_FOUND');
        expect(list.totalCount).toBe(0);
      }
    }
    // The program's organizations see its tasks; the lead's users see the task but not the program.
    expect(
      ok(await ts.gql(TaskDetail, { id: taskGid(inProgram) }, programViewer.token)).task.program,
    ).toEqual({
      id: programGid(program),
    });
    expect(
      ok(await ts.gql(TaskDetail, { id: taskGid(inProgram) }, chain.member.token)).task.program,
    ).toBeNull();
    expect(
      codeOf(
        await ts.gql(
          TaskDetail,
          { id: toGlobalId('Task', '00000000-0000-4000-8000-000000000000') },
          admin.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('organization mergers', () => {
  it("passes the merged organizations' current assignments to the successor, keeping the stronger role", async () => {
    const chain = await makeChain();
    const em = ts.orm.em.fork();
    const successor = await makeOrganization(em, {
      area: chain.area,
      parent: chain.province,
      name: `Kế thừa ${unique()}`,
    });
    const t = today();
    // 1. the merged lead leads alone; 2. the successor coordinates where the merged one leads;
    // 3. the successor leads where the merged one coordinates; 4. the merged one coordinates alone.
    const t1 = await makeTask(em, { lead: chain.lead, coordinating: [chain.partner], dueOn: t });
    const t2 = await makeTask(em, { lead: chain.lead, coordinating: [successor], dueOn: t });
    const t3 = await makeTask(em, { lead: successor, coordinating: [chain.lead], dueOn: t });
    const t4 = await makeTask(em, { lead: chain.partner, coordinating: [chain.lead], dueOn: t });
    const siteAdmin = await userWith(Role.ADMIN, chain.province);
    ok(
      await ts.gql(
        'mutation($i: MergeOrganizationsInput!) { mergeOrganizations(input: $i) { successor { id } } }',
        { i: { mergedIds: [gid.org(chain.lead)], successorId: gid.org(successor), effectiveOn: t } },
        siteAdmin.token,
      ),
    );
    const current = async (task: Task) =>
      (
        await ts.orm.em
          .fork()
          .find(TaskAssignment, { task: task.id }, { orderBy: { createdAt: 'asc', id: 'asc' } })
      ).map((a) => [a.organization.id, a.role, a.endedOn]);
    const L = chain.lead.id;
    const S = successor.id;
    const C = chain.partner.id;
    expect(await current(t1)).toEqual(
      expect.arrayContaining([
        [L, 'LEAD', t],
        [C, 'COORDINATING', null],
        [S, 'LEAD', null],
      ]),
    );
    expect(await current(t2)).toEqual(
      expect.arrayContaining([
        [L, 'LEAD', t],
        [S, 'COORDINATING', t],
        [S, 'LEAD', null],
      ]),
    );
    expect((await current(t2)).filter((r) => r[2] === null)).toEqual([[S, 'LEAD', null]]);
    expect((await current(t3)).filter((r) => r[2] === null)).toEqual([[S, 'LEAD', null]]);
    expect((await current(t4)).filter((r) => r[2] === null).toSorted()).toEqual(
      [
        [C, 'LEAD', null],
        [S, 'COORDINATING', null],
      ].toSorted(),
    );
    // The old lead's users still read the history: a past assignment keeps it visible.
    const detail = ok(await ts.gql(TaskDetail, { id: taskGid(t1) }, chain.member.token)).task;
    expect(detail.leadAssignment).toEqual({ organization: { id: gid.org(successor) } });
  });
});

// ---------------------------------------------------------------------------
// N+1 guard
// ---------------------------------------------------------------------------

describe('the nested "shared plans" page', () => {
  it('costs the same small number of statements for 5 and for 40 programs', async () => {
    const small = await seedPrograms(5);
    const large = await seedPrograms(40);
    const a = await runDirect(PROGRAMS_PAGE, small.viewer.token);
    const b = await runDirect(PROGRAMS_PAGE, large.viewer.token);
    expect(a.result.errors).toBeUndefined();
    expect(b.result.errors).toBeUndefined();
    const programs = (r: typeof a) =>
      (
        r.result.data as {
          programs: {
            edges: {
              node: { tasks: { totalCount: number; edges: { node: { assignments: unknown[] } }[] } };
            }[];
          };
        }
      ).programs.edges;
    expect(programs(a)).toHaveLength(5);
    expect(programs(b)).toHaveLength(40);
    expect(
      programs(b).every(
        (e) => e.node.tasks.totalCount === 3 && e.node.tasks.edges[0].node.assignments.length === 2,
      ),
    ).toBe(true);
    console.info(`shared plans page: ${a.count} statements for 5 programs, ${b.count} for 40`);
    expect(b.count, b.statements.join('\n')).toBe(a.count);
    expect(b.count).toBeLessThanOrEqual(12);

    // Over HTTP, within the cost limit (one task per program), the same holds.
    const overHttp = async (token: string) => {
      ts.sql.reset();
      ok(await ts.gql(PROGRAMS_PAGE.replace('tasks(first: 20)', 'tasks(first: 1)'), {}, token));
      return ts.sql.count;
    };
    const [httpSmall, httpLarge] = [await overHttp(small.viewer.token), await overHttp(large.viewer.token)];
    console.info(`over HTTP: ${httpSmall} statements for 5 programs, ${httpLarge} for 40`);
    expect(httpLarge).toBe(httpSmall);
    expect(httpLarge).toBeLessThanOrEqual(14);
  });

  it("costs the same small number of statements for 5 and for 40 organizations' tasks", async () => {
    const small = await seedPrograms(5);
    const large = await seedPrograms(40);
    const em = ts.orm.em.fork();
    // More organizations under the large root, each leading a task.
    for (let i = 0; i < 34; i++) {
      const org = await makeOrganization(em, { area: large.area, parent: large.root });
      await makeTask(em, { lead: org, coordinating: [large.orgs[0]], dueOn: today() });
    }
    const a = await runDirect(ORGANIZATIONS_PAGE(gid.area(small.area)), small.viewer.token);
    const b = await runDirect(ORGANIZATIONS_PAGE(gid.area(large.area)), large.viewer.token);
    expect(a.result.errors).toBeUndefined();
    expect(b.result.errors).toBeUndefined();
    const orgs = (r: typeof a) =>
      (r.result.data as { organizations: { edges: unknown[] } }).organizations.edges;
    expect(orgs(a)).toHaveLength(7);
    expect(orgs(b)).toHaveLength(41);
    console.info(`organizations' tasks page: ${a.count} statements for 7 organizations, ${b.count} for 41`);
    expect(b.count, b.statements.join('\n')).toBe(a.count);
    expect(b.count).toBeLessThanOrEqual(12);
  });
});
