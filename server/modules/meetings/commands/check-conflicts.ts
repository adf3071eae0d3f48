import type { Context } from '../../../core/context.js';
import { badInput, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { Organization } from '../../organizations/organization.entity.js';
import { meetingAccessView } from '../meeting.access.js';
import { Meeting } from '../meeting.entity.js';
import { meetingOrganizationPolicy, meetingPolicy } from '../meeting.policy.js';
import { MeetingChair, MeetingInvitation } from '../participation.entity.js';
import { expandRecurrence, parseRecurrence } from '../recurrence.js';
import type { SchedulingConflictsInput } from '../schedule.inputs.js';
import { findConflicts, type Conflict } from './conflicts.js';
import { assertTimes, distinctIds, loadPeople } from './load.js';

/** Who must be free, and which meetings are the one being changed, for an existing meeting (COORDINATOR on its host). */
async function ofMeeting(ctx: Context, globalId: string) {
  const em = ctx.em;
  const id = fromGlobalId(globalId, 'Meeting', 'meetingId');
  const view = await meetingAccessView(ctx, em, id);
  if (!view) throw notFound('Meeting', globalId);
  await authorize(ctx, meetingPolicy, 'reschedule', view);
  const meeting = await em.findOneOrFail(Meeting, id);
  const [chairs, invitations, siblings] = await Promise.all([
    em.find(MeetingChair, { meeting: id }),
    em.find(MeetingInvitation, { meeting: id, organization: { $ne: null } }),
    meeting.series ? em.find(Meeting, { series: meeting.series.id }, { fields: ['id'] }) : [],
  ]);
  return {
    chairIds: chairs.map((c) => c.person.id),
    organizationIds: invitations.map((i) => i.organization!.id),
    excludeMeetingIds: [id, ...siblings.map((m) => m.id)],
  };
}

/**
 * The double bookings a meeting would have at the times of `input`, before
 * it is scheduled or moved (the same warnings `scheduleMeeting` and
 * `rescheduleMeeting` return after): its chairs and the heads of its invited
 * organizations — those of `meetingId` when given, plus those of the input —
 * already booked elsewhere then. Every occurrence of `recurrence` is checked.
 * Needs COORDINATOR on the host (`hostOrganizationId`) or on the meeting's host.
 */
export async function checkConflicts(ctx: Context, input: SchedulingConflictsInput): Promise<Conflict[]> {
  assertTimes(input.startsAt, input.endsAt);
  const em = ctx.em;
  const existing = input.meetingId ? await ofMeeting(ctx, input.meetingId) : null;
  if (!existing) {
    if (!input.hostOrganizationId)
      throw badInput('hostOrganizationId', 'give meetingId or hostOrganizationId');
    const hostId = fromGlobalId(input.hostOrganizationId, 'Organization', 'hostOrganizationId');
    const host = await em.findOne(Organization, hostId);
    if (!host) throw notFound('Organization', input.hostOrganizationId);
    await authorize(ctx, meetingOrganizationPolicy, 'scheduleMeeting', host);
  }
  const chairIds = [
    ...new Set([
      ...(existing?.chairIds ?? []),
      ...distinctIds(input.chairPersonIds, 'Person', 'chairPersonIds'),
    ]),
  ];
  const organizationIds = [
    ...new Set([
      ...(existing?.organizationIds ?? []),
      ...distinctIds(input.invitedOrganizationIds, 'Organization', 'invitedOrganizationIds'),
    ]),
  ];
  const duration = input.endsAt.getTime() - input.startsAt.getTime();
  const starts = input.recurrence
    ? expandRecurrence(parseRecurrence(input.recurrence, input.startsAt))
    : [input.startsAt];
  const people = await loadPeople(em, chairIds);
  return findConflicts(ctx, em, {
    slots: starts.map((start) => ({ startsAt: start, endsAt: new Date(start.getTime() + duration) })),
    chairs: chairIds.map((id) => people.get(id)!),
    invitedOrganizationIds: organizationIds,
    excludeMeetingIds: existing?.excludeMeetingIds ?? [],
  });
}
