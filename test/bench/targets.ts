/*
 * The request targets: for each, how the product, PostGraphile and the SQL
 * floor are asked for the same shape of data. PostGraphile's amber preset
 * names things after tables and foreign keys, has no date-range filter and
 * orders only by indexed columns, so its queries are the nearest it can
 * express (noted per target); `null` means it cannot express the target.
 */
import { toGlobalId } from '../../server/core/ids.js';
import type { World } from './generate.js';
import type { Send } from './load.js';
import { AGENCY_TASKS, BRIEFING_SCHEDULE, SHARED_PLANS, SMALL } from './queries.js';

/** The systems measured side by side. */
export type System = 'product' | 'postgraphile' | 'floor';
export const SYSTEMS: System[] = ['product', 'postgraphile', 'floor'];

/** Where each system listens. */
export interface Endpoints {
  product: string;
  productToken: string;
  postgraphile: string;
  floor: string;
}

/** A request target. */
export interface Target {
  name: string;
  title: string;
  /** How PostGraphile's query differs, if it does. */
  note?: string;
  send: Partial<Record<System, Send>>;
}

const PG_SHARED_PLANS = `query($id: UUID!) { organizationByRowId(rowId: $id) { id name
  programParticipantsByOrganizationId(first: 50) { totalCount nodes { coordinationProgramByProgramId {
    id code title status startsOn endsOn
    organizationByOwnerId { id name }
    programParticipantsByProgramId { nodes { id role organizationByOrganizationId { id name } } }
    tasksByProgramId(first: 20, orderBy: [DUE_ON_ASC]) { totalCount nodes { id title dueOn status
      taskAssignmentsByTaskId { nodes { id role organizationByOrganizationId { id name } } } } }
  } } } } }`;
const PG_SMALL = `query($id: UUID!) { coordinationProgramByRowId(rowId: $id) {
  id code title organizationByOwnerId { id name }
  tasksByProgramId(first: 5, orderBy: [DUE_ON_ASC]) { nodes { id title dueOn status } } } }`;
const PG_AGENCY_TASKS = `query($id: UUID!) { organizationByRowId(rowId: $id) { id
  taskAssignmentsByOrganizationId(first: 50) { nodes { taskByTaskId { id title dueOn status
    taskAssignmentsByTaskId { nodes { id role organizationByOrganizationId { id name } } } } } } } }`;

/** POSTs a GraphQL request; true when it answered data without errors. */
async function graphqlOk(
  url: string,
  query: string,
  variables: object,
  token?: string,
  inspect?: (data: unknown) => void,
): Promise<boolean> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0].message);
  inspect?.(body.data);
  return response.ok && Boolean(body.data);
}

/** POSTs the variables to the floor's `target`; true when it answered data. */
async function floorOk(
  url: string,
  target: string,
  variables: object,
  inspect?: (data: unknown) => void,
): Promise<boolean> {
  const response = await fetch(`${url}/${target}`, { method: 'POST', body: JSON.stringify(variables) });
  const text = await response.text();
  if (inspect) inspect((JSON.parse(text) as { data: unknown }).data);
  return response.ok && text.startsWith('{"data":{');
}

/** A month of briefings, in the data's busy year. */
const MONTH = { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };

/** The read targets and the write, against `world`. */
export function readTargets(world: World, at: Endpoints): Target[] {
  type Inspect = (data: unknown) => void;
  const product = (query: string, variables: object) => (inspect?: Inspect) =>
    graphqlOk(at.product, query, variables, at.productToken, inspect);
  const postgraphile = (query: string, variables: object) => (inspect?: Inspect) =>
    graphqlOk(at.postgraphile, query, variables, undefined, inspect);
  const floor = (target: string, variables: object) => (inspect?: Inspect) =>
    floorOk(at.floor, target, variables, inspect);
  const org = toGlobalId('Organization', world.rootId);
  const agency = toGlobalId('Organization', world.agencyId);
  return [
    {
      name: 'sharedPlans',
      title: 'shared-plans page (50 programs × 20 tasks, with ids)',
      note: "PostGraphile: programs through the organization's participations, the owner for the lead",
      send: {
        product: product(SHARED_PLANS, { id: org }),
        postgraphile: postgraphile(PG_SHARED_PLANS, { id: world.rootId }),
        floor: floor('sharedPlans', { id: world.rootId }),
      },
    },
    {
      name: 'small',
      title: 'small query (a program, its owner, 5 tasks)',
      send: {
        product: product(SMALL, { id: toGlobalId('CoordinationProgram', world.programId) }),
        postgraphile: postgraphile(PG_SMALL, { id: world.programId }),
        floor: floor('small', { id: world.programId }),
      },
    },
    {
      name: 'agencyTasks',
      title: '"my agency\'s tasks" (50, with assignments)',
      note: "PostGraphile: through the agency's assignments, in their order (amber cannot order by the task's deadline)",
      send: {
        product: product(AGENCY_TASKS, { id: agency }),
        postgraphile: postgraphile(PG_AGENCY_TASKS, { id: world.agencyId }),
        floor: floor('agencyTasks', { id: world.agencyId }),
      },
    },
    {
      name: 'briefings',
      title: "a month's briefing schedule",
      note: 'PostGraphile: not expressible (amber has no date-range filter)',
      send: {
        product: product(BRIEFING_SCHEDULE, { id: agency, ...MONTH }),
        floor: floor('briefings', { id: world.agencyId, ...MONTH }),
      },
    },
  ];
}

const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }`;

/** The write: a task with a lead and two coordinating agencies (and their notifications), product only. */
export function writeTarget(world: World, at: Endpoints, agencies: string[]): Target {
  let n = 0;
  return {
    name: 'createTask',
    title: 'write: create a task with 3 assignments',
    note: 'product only (PostGraphile would need one mutation per row; no floor)',
    send: {
      product: () => {
        n++;
        return graphqlOk(
          at.product,
          CREATE_TASK,
          {
            input: {
              title: `Nhiệm vụ benchmark ${n}`,
              dueOn: '2027-06-30',
              lead: { organizationId: toGlobalId('Organization', world.rootId) },
              coordinating: agencies.map((id) => ({ organizationId: toGlobalId('Organization', id) })),
            },
          },
          at.productToken,
        );
      },
    },
  };
}
