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
import { concernsReadableOrganization, fetchNode, liveEvents } from '../../core/live.js';
import { Rule } from '../../core/rules.js';
import type { MeetingChange, MeetingChanged } from './meeting.events.js';
import { MeetingType } from './meeting.type.js';

/** Changes that move something in a briefing schedule. */
const SCHEDULE_CHANGES = new Set<MeetingChange>([
  'SCHEDULED',
  'RESCHEDULED',
  'POSTPONED',
  'CANCELLED',
  'AGENDA_CHANGED',
  'INVITED',
]);

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

/** Global ids and records of briefing schedule events, resolved only when selected. */
@Resolver(() => BriefingScheduleEventType)
export class BriefingScheduleEventResolver {
  @FieldResolver(() => ID)
  meetingId(@Root() event: MeetingChanged) {
    return toGlobalId('Meeting', event.meetingId);
  }

  @FieldResolver(() => ID, { nullable: true })
  seriesId(@Root() event: MeetingChanged) {
    return event.seriesId ? toGlobalId('MeetingSeries', event.seriesId) : null;
  }

  @FieldResolver(() => MeetingType, { nullable: true })
  meeting(@Root() event: MeetingChanged, @Ctx() ctx: Context) {
    return fetchNode(ctx, 'Meeting', event.meetingId);
  }
}

/** Live briefing schedule of an agency. */
@Resolver()
export class MeetingSubscriptionResolver {
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
    @Root() payload: MeetingChanged,
    @Arg('organizationId', () => ID) _organizationId: string,
  ) {
    return payload;
  }
}
