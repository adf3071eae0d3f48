import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { atVersion, authorizeAtVersion } from '../../../core/policy.js';
import { assertDateOrder } from '../../../core/scalars.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import { Person } from '../../people/person.entity.js';
import { assertOpen } from '../task.status.js';
import { loadTaskAccessView } from '../task.access.js';
import { Task } from '../task.entity.js';
import type { TaskAssignmentInput } from '../task.inputs.js';
import { type TaskAccessView, taskPolicy } from '../task.policy.js';

/** An assignment of the input, with database ids. */
export interface AssignmentSpec {
  organizationId: string;
  /** The global id, for error details. */
  organizationGlobalId: string;
  personId: string | null;
  dueOn: string | null;
}

/**
 * Decodes an assignment input: ids of the right types, and with `startsOn`
 * its sub-deadline not before the task's start. `field` prefixes error fields
 * (`lead.organizationId`); empty for top-level inputs.
 */
export function parseAssignment(
  input: TaskAssignmentInput,
  field: string,
  startsOn: string | null,
): AssignmentSpec {
  const name = (key: string) => (field ? `${field}.${key}` : key);
  if (startsOn) assertDateOrder(startsOn, input.dueOn, name('dueOn'));
  return {
    organizationId: fromGlobalId(input.organizationId, 'Organization', name('organizationId')),
    organizationGlobalId: input.organizationId,
    personId: input.personInChargeId
      ? fromGlobalId(input.personInChargeId, 'Person', name('personInChargeId'))
      : null,
    dueOn: input.dueOn ?? null,
  };
}

/**
 * Loads a task inside a command. `lock`: the row is locked (FOR UPDATE) so
 * concurrent reports and assignments serialize and none is lost; without it,
 * edits rely on the version check (core `authorizeAtVersion`) and the versioned UPDATE.
 * NOT_FOUND when missing (visibility is the policy's job, right after).
 */
export async function loadTask(
  em: EntityManager,
  globalId: string,
  field: string,
  lock: boolean,
): Promise<Task> {
  const id = fromGlobalId(globalId, 'Task', field);
  const task = await em.findOne(Task, id, {
    refresh: true,
    ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}),
  });
  if (!task) throw notFound('Task', globalId);
  return task;
}

/**
 * Loads a task for an optimistic edit (not locked) and checks `action` on it at
 * the client's `expectedVersion` (`authorizeAtVersion`: NOT_FOUND, CONFLICT, FORBIDDEN).
 */
export async function loadTaskAtVersion(
  ctx: Context,
  em: EntityManager,
  input: { taskId: string; expectedVersion: number },
  action: keyof typeof taskPolicy.actions,
): Promise<{ task: Task; view: TaskAccessView }> {
  const task = await loadTask(em, input.taskId, 'taskId', false);
  const view = await loadTaskAccessView(em, task);
  await authorizeAtVersion(ctx, taskPolicy, action, view, atVersion(task, input.expectedVersion, 'task'));
  return { task, view };
}

/** Marks the task changed, so its version goes up with whatever changed under it (assignments, reports). */
export function touch(task: Task): void {
  task.updatedAt = new Date();
}

/**
 * Loads organizations, share-locked until commit (a concurrent merger waits
 * for this transaction instead of ending them under it). NOT_FOUND for a
 * missing one.
 */
export async function loadOrganizations(
  em: EntityManager,
  specs: AssignmentSpec[],
): Promise<Map<string, Organization>> {
  const ids = [...new Set(specs.map((s) => s.organizationId))];
  const rows = await em.find(
    Organization,
    { id: { $in: ids } },
    { lockMode: LockMode.PESSIMISTIC_READ, orderBy: { id: 'asc' } },
  );
  const byId = new Map(rows.map((o) => [o.id, o]));
  for (const spec of specs)
    if (!byId.has(spec.organizationId)) throw notFound('Organization', spec.organizationGlobalId);
  return byId;
}

/** Throws CONFLICT (on `field`) when the organization was merged or dissolved. Call after authorizing. */
export function assertActive(organization: Organization, field: string): void {
  if (organization.status !== OrganizationStatus.ACTIVE) {
    throw conflict(
      `${organization.name} is ${organization.status.toLowerCase()}, not active: it cannot be assigned`,
      {
        field,
      },
    );
  }
}

/** Loads the people in charge named by `specs`; NOT_FOUND for a missing one. */
export async function loadPeople(em: EntityManager, specs: AssignmentSpec[], inputs: TaskAssignmentInput[]) {
  const ids = [...new Set(specs.flatMap((s) => (s.personId ? [s.personId] : [])))];
  const rows = ids.length ? await em.find(Person, { id: { $in: ids } }) : [];
  const byId = new Map(rows.map((p) => [p.id, p]));
  specs.forEach((spec, i) => {
    if (spec.personId && !byId.has(spec.personId))
      throw notFound('Person', inputs[i].personInChargeId ?? undefined);
  });
  return byId;
}

/** Who a new assignment of an open task goes to: an active organization and its person in charge. */
export interface Assignee {
  organization: Organization;
  personInCharge: Person | null;
}

/**
 * The assignee `spec` names for open `task` (assigning, or reassigning the
 * lead): CONFLICT when the task is closed or the organization merged or
 * dissolved; NOT_FOUND for a missing person; the sub-deadline not before the
 * task's start.
 */
export async function loadAssignee(
  em: EntityManager,
  task: Task,
  spec: AssignmentSpec,
  input: TaskAssignmentInput,
): Promise<Assignee> {
  assertOpen(task.status);
  const organization = (await loadOrganizations(em, [spec])).get(spec.organizationId)!;
  const people = await loadPeople(em, [spec], [input]);
  assertActive(organization, 'organizationId');
  if (task.startsOn) assertDateOrder(task.startsOn, spec.dueOn, 'dueOn');
  return { organization, personInCharge: spec.personId ? people.get(spec.personId)! : null };
}
