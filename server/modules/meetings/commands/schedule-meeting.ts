import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { fromGlobalId } from '../../../core/ids.js';
import { authorize } from '../../../core/policy.js';
import { inTransaction } from '../../../core/transaction.js';
import { Organization, OrganizationStatus } from '../../organizations/organization.entity.js';
import { Meeting } from '../meeting.entity.js';
import type { ScheduleMeetingInput } from '../schedule.inputs.js';
import { meetingOrganizationPolicy } from '../meeting.policy.js';
import { ChairRole } from '../participation.entity.js';
import { expandRecurrence, parseRecurrence } from '../recurrence.js';
import { MeetingSeries } from '../series.entity.js';
import { MEETING_TIME_ZONE } from '../zoned.js';
import { findConflicts, type Conflict } from './conflicts.js';
import {
  assertTimes,
  cleanUrl,
  distinctIds,
  loadActiveOrganizations,
  loadPeople,
  loadProgramToLink,
} from './load.js';
import { addParticipants, createOccurrence } from './materialize.js';
import { recordMeetingChanged } from './publish.js';
import { programPolicy } from '../../programs/program.policy.js';

/** Result of `scheduleMeeting`. */
export interface ScheduleResult {
  meeting: Meeting;
  series: MeetingSeries | null;
  warnings: Conflict[];
}

/**
 * Schedules a one-off meeting, or a series whose every occurrence is created
 * at once (at most 400). Needs COORDINATOR on the host; invited
 * organizations must be active (CONFLICT otherwise). Double bookings of
 * chairs and of invited organizations' heads come back as warnings.
 */
export async function scheduleMeeting(ctx: Context, input: ScheduleMeetingInput): Promise<ScheduleResult> {
  const { title } = input;
  const description = input.description ?? null;
  const place = input.place ?? null;
  const onlineUrl = cleanUrl(input.onlineUrl, 'onlineUrl');
  assertTimes(input.startsAt, input.endsAt);
  const hostId = fromGlobalId(input.hostOrganizationId, 'Organization', 'hostOrganizationId');
  const invitedIds = distinctIds(
    input.invitedOrganizationIds,
    'Organization',
    'invitedOrganizationIds',
  ).filter((id) => id !== hostId);
  const personIds = distinctIds(input.invitedPersonIds, 'Person', 'invitedPersonIds');
  const chairs = (input.chairs ?? []).map((c) => ({
    personId: fromGlobalId(c.personId, 'Person', 'chairs'),
    role: c.role ?? ChairRole.CHAIR,
  }));
  if (new Set(chairs.map((c) => c.personId)).size !== chairs.length)
    throw badInput('chairs', 'a person chairs once');
  const recurrence = input.recurrence ? parseRecurrence(input.recurrence, input.startsAt) : null;
  const starts = recurrence ? expandRecurrence(recurrence) : [input.startsAt];
  const durationMinutes = Math.round((input.endsAt.getTime() - input.startsAt.getTime()) / 60_000);
  return inTransaction(ctx, async (em) => {
    const host = await em.findOne(Organization, hostId, { lockMode: LockMode.PESSIMISTIC_READ });
    if (!host) throw notFound('Organization', input.hostOrganizationId);
    await authorize(ctx, meetingOrganizationPolicy, 'scheduleMeeting', host);
    if (host.status !== OrganizationStatus.ACTIVE) {
      throw conflict(`the host is ${host.status.toLowerCase()}, not active`, { field: 'hostOrganizationId' });
    }
    const organizations = await loadActiveOrganizations(em, invitedIds, 'invitedOrganizationIds');
    const people = await loadPeople(em, [...new Set([...personIds, ...chairs.map((c) => c.personId)])]);
    const linked = input.programId ? await loadProgramToLink(em, input.programId, 'programId') : null;
    if (linked) await authorize(ctx, programPolicy, 'read', linked.view);
    const program = linked?.program ?? null;
    const participants = {
      chairs: chairs.map((c) => ({ person: people.get(c.personId)!, role: c.role })),
      organizations,
      people: personIds.map((id) => people.get(id)!),
    };
    const template = { organization: host, kind: input.kind, title, description, place, onlineUrl, program };
    let series: MeetingSeries | null = null;
    let meetings: Meeting[];
    if (recurrence) {
      series = em.create(MeetingSeries, {
        ...template,
        ...recurrence,
        timeZone: MEETING_TIME_ZONE,
        durationMinutes,
      });
      const created = starts.map((start, index) => createOccurrence(em, series!, index, start));
      meetings = created;
    } else {
      meetings = [em.create(Meeting, { ...template, startsAt: input.startsAt, endsAt: input.endsAt })];
    }
    for (const meeting of meetings) addParticipants(em, meeting, participants);
    await em.flush();
    const warnings = await findConflicts(ctx, em, {
      slots: meetings,
      chairs: participants.chairs.map((c) => c.person),
      invitedOrganizationIds: invitedIds,
      excludeMeetingIds: meetings.map((m) => m.id),
    });
    await recordMeetingChanged(
      em,
      meetings[0],
      'SCHEDULED',
      meetings.map((m) => m.id),
    );
    return { meeting: meetings[0], series, warnings };
  });
}
