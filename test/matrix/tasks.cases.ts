/**
 * Matrix cases of the tasks module (README "Who may do what": shared
 * records; `taskPolicy`). Tasks are owned by A (A leads) or by B (B leads),
 * outside any program, so the cells follow from the role over the owner:
 * reading needs VIEWER, reporting and completing MEMBER, managing (assigning,
 * reassigning the lead, cancelling, editing, extending the deadline),
 * creating and urging COORDINATOR.
 * Organizations newly assigned are fresh agencies no actor holds a role on.
 */
import { Role } from '../../server/core/access.js';
import { toGlobalId } from '../../server/core/ids.js';
import { foldForSearch } from '../../server/core/text.js';
import type { Organization } from '../../server/modules/organizations/organization.entity.js';
import { AssignmentRole, TaskAssignment } from '../../server/modules/tasks/assignment.entity.js';
import { Task } from '../../server/modules/tasks/task.entity.js';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { holds, world, type Actor, type MutationCase, type Owner, type ReadCase } from './world.js';

const manages = (actor: Actor, owner: Owner): boolean => holds(actor, Role.COORDINATOR, owner);
const reports = (actor: Actor, owner: Owner): boolean => holds(actor, Role.MEMBER, owner);
const reads = (actor: Actor, owner: Owner): boolean => holds(actor, Role.VIEWER, owner);

/** A fresh open task led by `owner`, due in a month unless told. */
async function task(owner: Owner, dueOn?: string): Promise<Task> {
  const em = world.ts.orm.em.fork();
  const title = `Nhiệm vụ ${unique(`${owner}-`)}`;
  const created = em.create(Task, {
    title,
    searchKey: foldForSearch(title),
    dueOn: dueOn ?? new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
  });
  em.create(TaskAssignment, {
    task: created,
    organization: world.org[owner].id,
    role: AssignmentRole.LEAD,
    assignedOn: '2024-01-01',
  });
  await em.flush();
  return created;
}

/** A fresh agency of the province that no actor holds a role on. */
function freshAgency(): Promise<Organization> {
  return makeOrganization(world.ts.orm.em.fork(), { area: world.province, name: `Cơ quan ${unique()}` });
}

const taskGid = (t: { id: string }): string => toGlobalId('Task', t.id);

/** One case per root mutation of the tasks module. */
export const taskMutations: Record<string, MutationCase> = {
  createTask: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id } } }',
      variables: {
        i: {
          title: 'Tổ chức đối thoại với Nhân dân',
          dueOn: '2030-12-31',
          lead: { organizationId: gid.org(world.org[owner]) },
        },
      },
    }),
    allowed: manages,
  },
  assignTask: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: AssignTaskInput!) { assignTask(input: $i) { assignment { id } } }',
      variables: { i: { taskId: taskGid(await task(owner)), organizationId: gid.org(await freshAgency()) } },
    }),
    allowed: manages,
  },
  reassignTaskLead: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: ReassignTaskLeadInput!) { reassignTaskLead(input: $i) { assignment { id } } }',
      variables: {
        i: {
          taskId: taskGid(await task(owner)),
          expectedVersion: 1,
          organizationId: gid.org(await freshAgency()),
        },
      },
    }),
    allowed: manages,
  },
  reportTaskProgress: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: ReportTaskProgressInput!) { reportTaskProgress(input: $i) { report { id } } }',
      variables: {
        i: {
          taskId: taskGid(await task(owner)),
          organizationId: gid.org(world.org[owner]),
          body: 'Đã triển khai',
          percent: 40,
        },
      },
    }),
    allowed: reports,
  },
  completeTask: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: CompleteTaskInput!) { completeTask(input: $i) { task { id } } }',
      variables: { i: { taskId: taskGid(await task(owner)), expectedVersion: 1 } },
    }),
    allowed: reports,
  },
  cancelTask: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: CancelTaskInput!) { cancelTask(input: $i) { task { id } } }',
      variables: {
        i: { taskId: taskGid(await task(owner)), expectedVersion: 1, reason: 'Không còn phù hợp' },
      },
    }),
    allowed: manages,
  },
  urgeTask: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: UrgeTaskInput!) { urgeTask(input: $i) { followUp { id } } }',
      variables: { i: { taskId: taskGid(await task(owner)), message: 'Đề nghị khẩn trương hoàn thành' } },
    }),
    allowed: manages,
  },
  extendTaskDeadline: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: ExtendTaskDeadlineInput!) { extendTaskDeadline(input: $i) { task { id } } }',
      variables: {
        i: {
          taskId: taskGid(await task(owner)),
          expectedVersion: 1,
          dueOn: '2030-01-31',
          reason: 'Chờ kinh phí',
        },
      },
    }),
    allowed: manages,
  },
  updateTask: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { id } } }',
      variables: { i: { taskId: taskGid(await task(owner)), expectedVersion: 1, title: 'Tên mới' } },
    }),
    allowed: manages,
  },
};

const readTasks: Partial<Record<Owner, Promise<Task>>> = {};
/** The day the read tasks are due: no other task of the matrix is due then. */
const READ_DUE_ON = '2029-06-15';
/** The task of `owner` the read cases look for (created once). */
function readTask(owner: Owner): Promise<Task> {
  readTasks[owner] ??= task(owner, READ_DUE_ON);
  return readTasks[owner];
}

type TaskEdges = { edges: { node: { id: string } }[] };
let expectedId = '';

/** The task reads: denied single reads answer NOT_FOUND, denied lists and counts show nothing. */
export const taskReads: Record<string, ReadCase> = {
  tasks: {
    call: async (owner) => ({
      query: 'query($s: String) { tasks(first: 5, filter: { search: $s }) { edges { node { id } } } }',
      variables: { s: (await readTask(owner)).title },
    }),
    allowed: reads,
    isEmpty: (data) => (data as { tasks: TaskEdges } | null)?.tasks.edges.length === 0,
  },
  task: {
    call: async (owner) => ({
      query: 'query($id: ID!) { task(id: $id) { title viewerCan { manage } } }',
      variables: { id: taskGid(await readTask(owner)) },
    }),
    allowed: reads,
  },
  'node (Task)': {
    call: async (owner) => ({
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: taskGid(await readTask(owner)) },
    }),
    allowed: reads,
  },
  'Organization.tasks (of the owner)': {
    call: async (owner) => {
      expectedId = taskGid(await readTask(owner));
      return {
        query:
          'query($id: ID!, $due: LocalDate) { organization(id: $id) { tasks(first: 10, filter: { dueAfter: $due, dueBefore: $due }) { edges { node { id } } } } }',
        variables: { id: gid.org(world.org[owner]), due: READ_DUE_ON },
      };
    },
    allowed: reads,
    isEmpty: (data) =>
      !(data as { organization: { tasks: TaskEdges } } | null)?.organization.tasks.edges.some(
        (e) => e.node.id === expectedId,
      ),
  },
  'Organization.taskStats (of the owner)': {
    call: (owner) => ({
      query: 'query($id: ID!) { organization(id: $id) { taskStats { total } } }',
      variables: { id: gid.org(world.org[owner]) },
    }),
    allowed: reads,
    isEmpty: (data) =>
      (data as { organization: { taskStats: { total: number } } } | null)?.organization.taskStats.total === 0,
  },
};
