import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { Context } from '../../core/context.js';
import { toGlobalId } from '../../core/ids.js';
import { concernsReadableOrganization, fetchNode, liveEvents, organizationArg } from '../../core/live.js';
import { Rule } from '../../core/rules.js';
import type { TaskChange, TaskChanged } from './task.events.js';
import { TaskType } from './task.type.js';

/** Changes by which a task is newly given to an organization. */
const ASSIGNING = new Set<TaskChange>(['CREATED', 'ASSIGNED', 'LEAD_REASSIGNED']);

/** A live change of a task. Root values are TASK_CHANGED payloads. */
@ObjectType('TaskEvent')
export class TaskEventType {
  @Field({ description: 'CREATED, ASSIGNED, LEAD_REASSIGNED, REPORTED, COMPLETED, CANCELLED or URGED.' })
  change!: string;

  @Field(() => ID)
  taskId!: string;

  @Field(() => TaskType, { nullable: true, description: 'The task as the subscriber may see it now.' })
  task!: unknown;
}

/** Global ids and records of task events, resolved only when selected. */
@Resolver(() => TaskEventType)
export class TaskEventResolver {
  @FieldResolver(() => ID)
  taskId(@Root() event: TaskChanged) {
    return toGlobalId('Task', event.taskId);
  }

  @FieldResolver(() => TaskType, { nullable: true })
  task(@Root() event: TaskChanged, @Ctx() ctx: Context) {
    return fetchNode(ctx, 'Task', event.taskId);
  }
}

/** Live task subscriptions of an agency. */
@Resolver()
export class TaskSubscriptionResolver {
  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => TaskEventType, {
    subscribe: liveEvents(
      'TASK_CHANGED',
      (payload, args, access) =>
        ASSIGNING.has(payload.change) &&
        (payload.targetOrganizationIds ?? []).includes(organizationArg(args) ?? '') &&
        concernsReadableOrganization(access, payload.organizationIds, args),
    ),
    description: 'Tasks newly given to the organization (created for it, assigned to it, or made its lead).',
  })
  taskAssigned(@Root() payload: TaskChanged, @Arg('organizationId', () => ID) _organizationId: string) {
    return payload;
  }

  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => TaskEventType, {
    subscribe: liveEvents(
      'TASK_CHANGED',
      (payload, args, access) =>
        payload.change !== 'CREATED' && concernsReadableOrganization(access, payload.organizationIds, args),
    ),
    description: "Changes of the organization's tasks: progress, status, follow-ups, reassignment.",
  })
  taskUpdated(@Root() payload: TaskChanged, @Arg('organizationId', () => ID) _organizationId: string) {
    return payload;
  }
}
