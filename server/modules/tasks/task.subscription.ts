import { Field, ObjectType } from 'type-graphql';
import {
  concernsReadableOrganization,
  liveEventResolver,
  liveSubscriptionResolver,
  organizationArg,
} from '../../core/live.js';
import type { TaskChange, TaskChanged } from './task.events.js';
import { TaskType } from './task.type.js';

/** Changes by which a task is newly given to an organization. */
const ASSIGNING = new Set<TaskChange>(['CREATED', 'ASSIGNED', 'LEAD_REASSIGNED']);

/** A live change of a task. Root values are TASK_CHANGED payloads. */
@ObjectType('TaskEvent')
export class TaskEventType {
  @Field({ description: 'CREATED, ASSIGNED, LEAD_REASSIGNED, REPORTED, COMPLETED, CANCELLED or URGED.' })
  change!: string;
}

/** `taskId`, and `task` as the subscriber may see it, resolved only when selected. */
export const TaskEventResolver = liveEventResolver<TaskChanged>(
  () => TaskEventType,
  [
    {
      type: 'Task',
      idField: 'taskId',
      id: (event) => event.taskId,
      record: {
        field: 'task',
        of: () => TaskType,
        description: 'The task as the subscriber may see it now.',
      },
    },
  ],
);

/** Live task subscriptions of an agency. */
export const TaskSubscriptionResolver = liveSubscriptionResolver('TASK_CHANGED', () => TaskEventType, [
  {
    name: 'taskAssigned',
    argument: 'organizationId',
    accepts: (payload, args, access) =>
      ASSIGNING.has(payload.change) &&
      (payload.targetOrganizationIds ?? []).includes(organizationArg(args) ?? '') &&
      concernsReadableOrganization(access, payload.organizationIds, args),
    description: 'Tasks newly given to the organization (created for it, assigned to it, or made its lead).',
  },
  {
    name: 'taskUpdated',
    argument: 'organizationId',
    accepts: (payload, args, access) =>
      payload.change !== 'CREATED' && concernsReadableOrganization(access, payload.organizationIds, args),
    description: "Changes of the organization's tasks: progress, status, follow-ups, reassignment.",
  },
]);
