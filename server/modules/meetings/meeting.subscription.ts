import { Field, ObjectType } from 'type-graphql';
import {
  concernsReadableOrganization,
  liveEventResolver,
  liveSubscriptionResolver,
} from '../../core/live.js';
import type { MeetingChange, MeetingChanged } from './meeting.events.js';
import { MeetingType } from './meeting.type.js';

/** Changes that move something in a briefing schedule. */
const SCHEDULE_CHANGES = new Set<MeetingChange>([
  'SCHEDULED',
  'RESCHEDULED',
  'UPDATED',
  'POSTPONED',
  'CANCELLED',
  'AGENDA_CHANGED',
  'INVITED',
]);

/** A live change in a briefing schedule. Root values are MEETING_CHANGED payloads. */
@ObjectType('BriefingScheduleEvent')
export class BriefingScheduleEventType {
  @Field({
    description:
      'SCHEDULED, RESCHEDULED, UPDATED (details), POSTPONED, CANCELLED, AGENDA_CHANGED or INVITED.',
  })
  change!: string;
}

/** `meetingId`, `seriesId`, and `meeting` as the subscriber may see it, resolved only when selected. */
export const BriefingScheduleEventResolver = liveEventResolver<MeetingChanged>(
  () => BriefingScheduleEventType,
  [
    {
      type: 'Meeting',
      idField: 'meetingId',
      id: (event) => event.meetingId,
      record: { field: 'meeting', of: () => MeetingType },
    },
    {
      type: 'MeetingSeries',
      idField: 'seriesId',
      id: (event) => event.seriesId ?? null,
      nullable: true,
      description: 'Set when the change concerns a recurring series.',
    },
  ],
);

/** Live briefing schedule of an agency. */
export const MeetingSubscriptionResolver = liveSubscriptionResolver(
  'MEETING_CHANGED',
  () => BriefingScheduleEventType,
  [
    {
      name: 'briefingScheduleChanged',
      argument: 'organizationId',
      accepts: (payload, args, access) =>
        SCHEDULE_CHANGES.has(payload.change) &&
        concernsReadableOrganization(access, payload.organizationIds, args),
      description:
        'Meetings the organization hosts or is invited to: scheduled, moved, postponed, cancelled, agenda changed.',
    },
  ],
);
