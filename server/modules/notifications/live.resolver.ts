import { Arg, Authorized, Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../../core/access.js';
import type { Context } from '../../core/context.js';
import { parseGlobalId, toGlobalId } from '../../core/ids.js';
import { nodeFetcher } from '../../core/node.js';
import type { Events } from '../../core/pubsub.js';
import { Rule } from '../../core/rules.js';
import { MeetingType } from '../meetings/meeting.type.js';
import { loadProgramAccessViews } from '../programs/program.access.js';
import { programPolicy } from '../programs/program.policy.js';
import { ProgramType } from '../programs/program.type.js';
import { TaskType } from '../tasks/task.type.js';

type TaskPayload = Events['TASK_CHANGED'][0];
type MeetingPayload = Events['MEETING_CHANGED'][0];
type ProgramPayload = Events['PROGRAM_CHANGED'][0];
interface Filter<P> {
  payload: P;
  args: Record<string, string>;
  context: Context;
}

const ASSIGNING = new Set(['CREATED', 'ASSIGNED', 'LEAD_REASSIGNED']);
const SCHEDULE_CHANGES = new Set([
  'SCHEDULED',
  'RESCHEDULED',
  'POSTPONED',
  'CANCELLED',
  'AGENDA_CHANGED',
  'INVITED',
]);

/** The database id of a subscription's organization argument (null when malformed: no events). */
const organizationArg = (args: Record<string, string>): string | null => {
  const parsed = parseGlobalId(args.organizationId ?? '');
  return parsed?.type === 'Organization' ? parsed.id : null;
};

/**
 * Checked at delivery for every event, with the subscriber's access as it is
 * now (reloaded after ACCESS_CHANGED): the organization must be concerned by
 * the event and the viewer must hold a role reaching it — and so may read the
 * record, which the organization takes part in. No query per event.
 */
async function concernsReadableOrganization(
  ctx: Context,
  organizationIds: string[],
  organizationId: string | null,
) {
  if (!organizationId || !organizationIds.includes(organizationId)) return false;
  return (await ctx.access()).has(Role.VIEWER, organizationId);
}

/** A live change of a task. */
@ObjectType('TaskEvent')
export class TaskEventType {
  @Field({ description: 'CREATED, ASSIGNED, LEAD_REASSIGNED, REPORTED, COMPLETED, CANCELLED or URGED.' })
  change!: string;

  @Field(() => ID)
  taskId!: string;

  @Field(() => TaskType, { nullable: true, description: 'The task as the subscriber may see it now.' })
  task!: unknown;
}

/** A live change in a briefing schedule. */
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

/** A live change of a program. */
@ObjectType('ProgramEvent')
export class ProgramEventType {
  @Field()
  change!: string;

  @Field(() => ID)
  programId!: string;

  @Field(() => ProgramType, { nullable: true })
  program!: unknown;
}

/**
 * Loads the record of one event as the subscriber may see it now (each
 * event gets a fresh EntityManager and DataLoaders: `freshPerEvent` in
 * server/app/schema.ts).
 */
async function fetchNode(ctx: Context, type: string, id: string) {
  return (await nodeFetcher(type)?.(ctx, id)) ?? null;
}

/** Live subscriptions for an agency: tasks, briefing schedule, programs. */
@Resolver()
export class LiveResolver {
  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => TaskEventType, {
    topics: 'TASK_CHANGED',
    filter: async ({ payload, args, context }: Filter<TaskPayload>) =>
      ASSIGNING.has(payload.change) &&
      (payload.targetOrganizationIds ?? []).includes(organizationArg(args) ?? '') &&
      concernsReadableOrganization(context, payload.organizationIds, organizationArg(args)),
    description: 'Tasks newly given to the organization (created for it, assigned to it, or made its lead).',
  })
  async taskAssigned(
    @Root() payload: TaskPayload,
    @Arg('organizationId', () => ID) _organizationId: string,
    @Ctx() ctx: Context,
  ) {
    return this.taskEvent(payload, ctx);
  }

  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => TaskEventType, {
    topics: 'TASK_CHANGED',
    filter: async ({ payload, args, context }: Filter<TaskPayload>) =>
      payload.change !== 'CREATED' &&
      concernsReadableOrganization(context, payload.organizationIds, organizationArg(args)),
    description: "Changes of the organization's tasks: progress, status, follow-ups, reassignment.",
  })
  async taskUpdated(
    @Root() payload: TaskPayload,
    @Arg('organizationId', () => ID) _organizationId: string,
    @Ctx() ctx: Context,
  ) {
    return this.taskEvent(payload, ctx);
  }

  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => BriefingScheduleEventType, {
    topics: 'MEETING_CHANGED',
    filter: async ({ payload, args, context }: Filter<MeetingPayload>) =>
      SCHEDULE_CHANGES.has(payload.change) &&
      concernsReadableOrganization(context, payload.organizationIds, organizationArg(args)),
    description:
      'Meetings the organization hosts or is invited to: scheduled, moved, postponed, cancelled, agenda changed.',
  })
  async briefingScheduleChanged(
    @Root() payload: MeetingPayload,
    @Arg('organizationId', () => ID) _organizationId: string,
    @Ctx() ctx: Context,
  ) {
    return {
      change: payload.change,
      meetingId: toGlobalId('Meeting', payload.meetingId),
      seriesId: payload.seriesId ? toGlobalId('MeetingSeries', payload.seriesId) : null,
      meeting: await fetchNode(ctx, 'Meeting', payload.meetingId),
    };
  }

  @Authorized(Rule.SIGNED_IN)
  @Subscription(() => ProgramEventType, {
    topics: 'PROGRAM_CHANGED',
    filter: async ({ payload, args, context }: Filter<ProgramPayload>) => {
      const parsed = parseGlobalId(args.programId ?? '');
      if (parsed?.type !== 'CoordinationProgram' || parsed.id !== payload.programId) return false;
      const view = (await loadProgramAccessViews(context.em.fork(), [payload.programId])).get(
        payload.programId,
      );
      return !!view && programPolicy.read(await context.access(), view);
    },
    description: 'Changes of one program the viewer may read.',
  })
  async programUpdated(
    @Root() payload: ProgramPayload,
    @Arg('programId', () => ID) _programId: string,
    @Ctx() ctx: Context,
  ) {
    return {
      change: payload.change,
      programId: toGlobalId('CoordinationProgram', payload.programId),
      program: await fetchNode(ctx, 'CoordinationProgram', payload.programId),
    };
  }

  private async taskEvent(payload: TaskPayload, ctx: Context) {
    return {
      change: payload.change,
      taskId: toGlobalId('Task', payload.taskId),
      task: await fetchNode(ctx, 'Task', payload.taskId),
    };
  }
}
