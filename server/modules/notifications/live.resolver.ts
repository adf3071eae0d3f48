import { pipe, filter } from '@graphql-yoga/subscription';
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
import { Role, type ViewerAccess } from '../../core/access.js';
import type { Context } from '../../core/context.js';
import { parseGlobalId, toGlobalId } from '../../core/ids.js';
import { nodeFetcher } from '../../core/node.js';
import { observeDeliveryLag } from '../../core/metrics.js';
import type { Events } from '../../core/pubsub.js';
import { Rule } from '../../core/rules.js';
import { MeetingType } from '../meetings/meeting.type.js';
import { ProgramType } from '../programs/program.type.js';
import { TaskType } from '../tasks/task.type.js';

type TaskPayload = Events['TASK_CHANGED'][0];
type MeetingPayload = Events['MEETING_CHANGED'][0];
type ProgramPayload = Events['PROGRAM_CHANGED'][0];
type Args = Record<string, string>;

const ASSIGNING = new Set<TaskPayload['change']>(['CREATED', 'ASSIGNED', 'LEAD_REASSIGNED']);
const SCHEDULE_CHANGES = new Set<MeetingPayload['change']>([
  'SCHEDULED',
  'RESCHEDULED',
  'POSTPONED',
  'CANCELLED',
  'AGENDA_CHANGED',
  'INVITED',
]);

/** The database id of a subscription's global-id argument of `type` (null when malformed: no events). */
const idArg = (args: Args, name: string, type: string): string | null => {
  const parsed = parseGlobalId(args[name] ?? '');
  return parsed?.type === type ? parsed.id : null;
};
const organizationArg = (args: Args) => idArg(args, 'organizationId', 'Organization');

/**
 * The organization of the subscription must be concerned by the event and
 * the viewer must hold a role reaching it — and so may read the record,
 * which the organization takes part in.
 */
function concernsReadableOrganization(access: ViewerAccess, organizationIds: string[], args: Args) {
  const organizationId = organizationArg(args);
  return (
    !!organizationId && organizationIds.includes(organizationId) && access.has(Role.VIEWER, organizationId)
  );
}

/**
 * The events of `topic` that `accepts` lets through for the subscriber. The
 * viewer's access is loaded once, when the subscription starts, and kept
 * (reloaded on the next event after ACCESS_CHANGED for that viewer); events
 * carry the organizations they concern, so each delivery is checked in
 * memory: no query per subscriber and event.
 */
function liveEvents<K extends keyof Events>(
  topic: K,
  accepts: (payload: Events[K][0], args: Args, access: ViewerAccess) => boolean,
): (data: { args: unknown; context: unknown }) => Promise<AsyncIterable<Events[K][0]>> {
  return async ({ args, context }) => {
    const ctx = context as Context;
    await ctx.access();
    return pipe(
      (ctx.pubsub.subscribe as (topic: K) => AsyncIterable<Events[K][0]>)(topic),
      filter(async (payload: Events[K][0]) => {
        const accepted = accepts(payload, args as Args, await ctx.access());
        if (accepted) observeDeliveryLag(payload);
        return accepted;
      }),
    );
  };
}

/**
 * Loads the record of one event as the subscriber may see it now (each
 * event gets a fresh EntityManager and DataLoaders: `freshPerEvent` in
 * server/app/schema.ts). Only runs when the subscriber selected the record.
 */
async function fetchNode(ctx: Context, type: string, id: string) {
  return (await nodeFetcher(type)?.(ctx, id)) ?? null;
}

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

/** A live change in a briefing schedule. Root values are MEETING_CHANGED payloads. */
@ObjectType('BriefingScheduleEvent')
export class BriefingScheduleEventType {
  @Field({ description: 'SCHEDULED, RESCHEDULED, POSTPONED, CANCELLED, AGENDA_CHANGED or INVITED.' })
  change!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'Set when the change concerns a recurring series.' })
  seriesId!: string | null;

  @Field(() => MeetingType, { nullable: true })
  meeting!: unknown;
}

/** A live change of a program. Root values are PROGRAM_CHANGED payloads. */
@ObjectType('ProgramEvent')
export class ProgramEventType {
  @Field()
  change!: string;

  @Field(() => ID)
  programId!: string;

  @Field(() => ProgramType, { nullable: true })
  program!: unknown;
}

/** Global ids and records of task events, resolved only when selected. */
@Resolver(() => TaskEventType)
export class TaskEventResolver {
  @FieldResolver(() => ID)
  taskId(@Root() event: TaskPayload) {
    return toGlobalId('Task', event.taskId);
  }

  @FieldResolver(() => TaskType, { nullable: true })
  task(@Root() event: TaskPayload, @Ctx() ctx: Context) {
    return fetchNode(ctx, 'Task', event.taskId);
  }
}

/** Global ids and records of briefing schedule events, resolved only when selected. */
@Resolver(() => BriefingScheduleEventType)
export class BriefingScheduleEventResolver {
  @FieldResolver(() => ID)
  meetingId(@Root() event: MeetingPayload) {
    return toGlobalId('Meeting', event.meetingId);
  }

  @FieldResolver(() => ID, { nullable: true })
  seriesId(@Root() event: MeetingPayload) {
    return event.seriesId ? toGlobalId('MeetingSeries', event.seriesId) : null;
  }

  @FieldResolver(() => MeetingType, { nullable: true })
  meeting(@Root() event: MeetingPayload, @Ctx() ctx: Context) {
    return fetchNode(ctx, 'Meeting', event.meetingId);
  }
}

/** Global ids and records of program events, resolved only when selected. */
@Resolver(() => ProgramEventType)
export class ProgramEventResolver {
  @FieldResolver(() => ID)
  programId(@Root() event: ProgramPayload) {
    return toGlobalId('CoordinationProgram', event.programId);
  }

  @FieldResolver(() => ProgramType, { nullable: true })
  program(@Root() event: ProgramPayload, @Ctx() ctx: Context) {
    return fetchNode(ctx, 'CoordinationProgram', event.programId);
  }
}

/** Live subscriptions for an agency: tasks, briefing schedule, programs. */
@Resolver()
export class LiveResolver {
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
  taskAssigned(@Root() payload: TaskPayload, @Arg('organizationId', () => ID) _organizationId: string) {
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
  taskUpdated(@Root() payload: TaskPayload, @Arg('organizationId', () => ID) _organizationId: string) {
    return payload;
  }

  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => BriefingScheduleEventType, {
    subscribe: liveEvents(
      'MEETING_CHANGED',
      (payload, args, access) =>
        SCHEDULE_CHANGES.has(payload.change) &&
        concernsReadableOrganization(access, payload.organizationIds, args),
    ),
    description:
      'Meetings the organization hosts or is invited to: scheduled, moved, postponed, cancelled, agenda changed.',
  })
  briefingScheduleChanged(
    @Root() payload: MeetingPayload,
    @Arg('organizationId', () => ID) _organizationId: string,
  ) {
    return payload;
  }

  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => ProgramEventType, {
    // programPolicy.read: a role reaching the owner or a participant, past or present.
    subscribe: liveEvents(
      'PROGRAM_CHANGED',
      (payload, args, access) =>
        idArg(args, 'programId', 'CoordinationProgram') === payload.programId &&
        access.hasAny(Role.VIEWER, payload.organizationIds),
    ),
    description: 'Changes of one program the viewer may read.',
  })
  programUpdated(@Root() payload: ProgramPayload, @Arg('programId', () => ID) _programId: string) {
    return payload;
  }
}
