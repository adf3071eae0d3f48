/**
 * Set-ups shared by the task tests (test/tasks/): a chain of agencies with their users, tasks and
 * programs over the API or straight in the database, and the GraphQL documents several of those files
 * use.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { todayInVietnam } from '../../server/core/scalars.js';
import { foldForSearch } from '../../server/core/text.js';
import { Organization, OrganizationKind } from '../../server/modules/organizations/organization.entity.js';
import type { CoordinationProgram } from '../../server/modules/programs/program.entity.js';
import { AssignmentRole, TaskAssignment } from '../../server/modules/tasks/assignment.entity.js';
import { Task, TaskStatus } from '../../server/modules/tasks/task.entity.js';
import { graphql } from '../generated/index.js';
import {
  gid,
  makeArea,
  makeOrganization,
  makeOutsider,
  makeUserWith,
  type TestUser,
  unique,
} from './factories.js';
import { ok } from './results.js';
import { ts } from './module-server.js';

/** This file's server and its administrator; `useTasksServer()` starts them before the file's tests. */
export { admin, ts, useModuleServer as useTasksServer } from './module-server.js';

export const CreateTask = graphql(`
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

export const ReassignLead = graphql(`
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

export const ReportProgress = graphql(`
  mutation TasksReportProgress($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) {
      task { id status progressPercent completedOn version deadlineBucket }
      report { id body percent newStatus reportedOn organization { id } author { id } }
    }
  }
`);

export const CompleteTask = graphql(`
  mutation TasksCompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) { task { id status completedOn progressPercent version deadlineBucket } }
  }
`);

export const CancelTask = graphql(`
  mutation TasksCancelTask($input: CancelTaskInput!) {
    cancelTask(input: $input) { task { id status statusReason version deadlineBucket } }
  }
`);

export const UrgeTask = graphql(`
  mutation TasksUrgeTask($input: UrgeTaskInput!) {
    urgeTask(input: $input) {
      task { id followUps { id message organization { id } author { id } } }
      followUp { id message organization { id } author { id } }
    }
  }
`);

export const TaskDetail = graphql(`
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

export const TaskList = graphql(`
  query TasksList($filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $after: String) {
    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id title priority dueOn deadlineBucket } }
    }
  }
`);

/** Global ID of a task. */
export const taskGid = (task: { id: string }) => toGlobalId('Task', task.id);

/** Global ID of a program. */
export const programGid = (program: { id: string }) => toGlobalId('CoordinationProgram', program.id);

/** `YYYY-MM-DD` `days` after `date`. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today in Vietnam. */
export const today = () => todayInVietnam();

/** A user with `role` on `organization`. */
export const userWith = (role: Role, organization: Organization): Promise<TestUser> =>
  makeUserWith(ts.orm, organization.id, role);

/**
 * A province body P with two agencies below it (the lead L and a partner C),
 * an unrelated agency X, and users: COORDINATOR and MEMBER on L, MEMBER on C,
 * VIEWER on P, COORDINATOR on X.
 */
export async function makeChain() {
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
  const other = await makeOutsider(em);
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

/** The agencies and users made by `makeChain`. */
export type Chain = Awaited<ReturnType<typeof makeChain>>;

/** Creates a task over the API (as the chain's coordinator unless told). */
export async function createTask(
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
export async function makeTask(
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

/** Rows of a table for a task, straight from the database. */
export async function countRows(
  table: 'task_assignment' | 'progress_report' | 'task_follow_up',
  taskId: string,
) {
  const rows = await ts.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from ${table} where task_id = ?`, [taskId]);
  return Number(rows[0].n);
}
