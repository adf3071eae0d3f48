/**
 * Matrix cases of the meetings module (README "Who may do what": shared
 * records; `meetingPolicy`). Meetings are hosted by A (inviting a partner
 * agency) or by B: reading needs VIEWER over the host, running the meeting
 * COORDINATOR. Answering an invitation: the meeting is hosted by a partner
 * and invites the owner, so it needs MEMBER over the owner. Calendar feeds
 * of the owner: creating needs VIEWER over it, revoking someone else's ADMIN.
 */
import { randomUUID } from 'node:crypto';
import { Role } from '../../server/core/access.js';
import { hashSecret } from '../../server/core/auth/tokens.js';
import { toGlobalId } from '../../server/core/ids.js';
import { CalendarFeed } from '../../server/modules/meetings/calendar-feed.entity.js';
import { Meeting } from '../../server/modules/meetings/meeting.entity.js';
import { MeetingKind, MeetingStatus } from '../../server/modules/meetings/meeting.enums.js';
import { MeetingInvitation } from '../../server/modules/meetings/participation.entity.js';
import { MeetingConclusion } from '../../server/modules/meetings/record.entity.js';
import type { Organization } from '../../server/modules/organizations/organization.entity.js';
import { gid, makeOrganization, unique } from '../helpers/factories.js';
import { holds, world, type Actor, type MutationCase, type Owner, type ReadCase } from './world.js';

const runs = (actor: Actor, owner: Owner): boolean => holds(actor, Role.COORDINATOR, owner);
const answers = (actor: Actor, owner: Owner): boolean => holds(actor, Role.MEMBER, owner);
const reads = (actor: Actor, owner: Owner): boolean => holds(actor, Role.VIEWER, owner);

/** A fresh agency of the province that no actor holds a role on. */
function partner(): Promise<Organization> {
  return makeOrganization(world.ts.orm.em.fork(), { area: world.province, name: `Đối tác ${unique()}` });
}

/** A fresh meeting hosted by `host`, inviting `invited`, in `status`. */
async function meeting(
  host: Organization,
  invited: Organization,
  status: MeetingStatus = MeetingStatus.SCHEDULED,
  kind = MeetingKind.PERIODIC_BRIEFING,
): Promise<{ meeting: Meeting; invitation: MeetingInvitation }> {
  const em = world.ts.orm.em.fork();
  const created = em.create(Meeting, {
    organization: host.id,
    kind,
    title: `Giao ban ${unique()}`,
    startsAt: new Date('2031-03-03T01:00:00Z'),
    endsAt: new Date('2031-03-03T03:00:00Z'),
    status,
  });
  const invitation = em.create(MeetingInvitation, { meeting: created, organization: invited.id });
  await em.flush();
  return { meeting: created, invitation };
}

/** A meeting hosted by the owner, inviting a partner. */
const hostedBy = async (owner: Owner, status?: MeetingStatus) =>
  meeting(world.org[owner], await partner(), status);

const meetingGid = (m: { id: string }) => toGlobalId('Meeting', m.id);

/** A root mutation on a meeting hosted by the owner, in `status`, allowed to COORDINATOR over it. */
function onHosted(
  status: MeetingStatus,
  query: string,
  variables: (m: {
    meeting: Meeting;
    invitation: MeetingInvitation;
  }) => Promise<Record<string, unknown>> | Record<string, unknown>,
): MutationCase {
  return {
    owners: ['A', 'B'],
    prepare: async (owner) => ({ query, variables: { i: await variables(await hostedBy(owner, status)) } }),
    allowed: runs,
  };
}

const S = MeetingStatus.SCHEDULED;
const P = MeetingStatus.IN_PROGRESS;

/** One case per root mutation of the meetings module. */
export const meetingMutations: Record<string, MutationCase> = {
  scheduleMeeting: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query:
        'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } warnings { reason } } }',
      variables: {
        i: {
          kind: 'PERIODIC_BRIEFING',
          title: 'Giao ban công tác dân vận',
          hostOrganizationId: gid.org(world.org[owner]),
          invitedOrganizationIds: [gid.org(await partner())],
          startsAt: '2031-04-07T01:00:00.000Z',
          endsAt: '2031-04-07T03:00:00.000Z',
          recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=1MO', count: 2 },
        },
      },
    }),
    allowed: runs,
  },
  rescheduleMeeting: onHosted(
    S,
    'mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { meeting { id } } }',
    (m) => ({
      meetingId: meetingGid(m.meeting),
      startsAt: '2031-03-04T01:00:00.000Z',
      endsAt: '2031-03-04T03:00:00.000Z',
    }),
  ),
  updateMeeting: onHosted(
    S,
    'mutation($i: UpdateMeetingInput!) { updateMeeting(input: $i) { meeting { id } } }',
    (m) => ({ meetingId: meetingGid(m.meeting), title: 'Giao ban (sửa)', place: 'Phòng họp số 2' }),
  ),
  postponeMeeting: onHosted(
    S,
    'mutation($i: PostponeMeetingInput!) { postponeMeeting(input: $i) { meeting { id } } }',
    (m) => ({
      meetingId: meetingGid(m.meeting),
      reason: 'Trùng lịch',
    }),
  ),
  cancelMeeting: onHosted(
    S,
    'mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { cancelledCount } }',
    (m) => ({
      meetingId: meetingGid(m.meeting),
      reason: 'Bão',
    }),
  ),
  inviteToMeeting: onHosted(
    S,
    'mutation($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { invitations { id } } }',
    async (m) => ({ meetingId: meetingGid(m.meeting), organizationIds: [gid.org(await partner())] }),
  ),
  setAgenda: onHosted(
    S,
    'mutation($i: SetAgendaInput!) { setAgenda(input: $i) { meeting { id } } }',
    (m) => ({
      meetingId: meetingGid(m.meeting),
      items: [{ title: 'Tình hình Nhân dân', durationMinutes: 30 }],
    }),
  ),
  startMeeting: onHosted(
    S,
    'mutation($i: MeetingIdInput!) { startMeeting(input: $i) { meeting { id } } }',
    (m) => ({
      meetingId: meetingGid(m.meeting),
    }),
  ),
  recordAttendance: onHosted(
    P,
    'mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { meeting { id } } }',
    (m) => ({
      meetingId: meetingGid(m.meeting),
      entries: [{ invitationId: toGlobalId('MeetingInvitation', m.invitation.id), attendance: 'PRESENT' }],
    }),
  ),
  recordMinutes: onHosted(
    P,
    'mutation($i: RecordMinutesInput!) { recordMinutes(input: $i) { minutes { id } } }',
    (m) => ({
      meetingId: meetingGid(m.meeting),
      text: 'Biên bản',
    }),
  ),
  addConclusion: onHosted(
    P,
    'mutation($i: AddConclusionInput!) { addConclusion(input: $i) { conclusion { id } } }',
    (m) => ({
      meetingId: meetingGid(m.meeting),
      text: 'Kết luận',
    }),
  ),
  closeMeeting: onHosted(
    P,
    'mutation($i: CloseMeetingInput!) { closeMeeting(input: $i) { meeting { id } } }',
    (m) => ({
      meetingId: meetingGid(m.meeting),
    }),
  ),
  turnConclusionIntoTask: {
    owners: ['A', 'B'],
    prepare: async (owner) => {
      const { meeting: held } = await hostedBy(owner, P);
      const em = world.ts.orm.em.fork();
      const conclusion = em.create(MeetingConclusion, {
        meeting: held.id,
        position: 1,
        text: 'Tăng cường nắm tình hình',
      });
      await em.flush();
      return {
        query:
          'mutation($i: TurnConclusionIntoTaskInput!) { turnConclusionIntoTask(input: $i) { task { id } } }',
        variables: {
          i: {
            conclusionId: toGlobalId('MeetingConclusion', conclusion.id),
            dueOn: '2031-12-31',
            lead: { organizationId: gid.org(world.org[owner]) },
          },
        },
      };
    },
    allowed: runs,
  },
  respondToInvitation: {
    owners: ['A', 'B'],
    prepare: async (owner) => {
      const { invitation } = await meeting(await partner(), world.org[owner]);
      return {
        query:
          'mutation($i: RespondToInvitationInput!) { respondToInvitation(input: $i) { invitation { id } } }',
        variables: {
          i: { invitationId: toGlobalId('MeetingInvitation', invitation.id), response: 'ACCEPTED' },
        },
      };
    },
    allowed: answers,
  },
  createCalendarFeed: {
    owners: ['A', 'B'],
    prepare: async (owner) => ({
      query: 'mutation($i: CreateCalendarFeedInput!) { createCalendarFeed(input: $i) { url } }',
      variables: { i: { organizationId: gid.org(world.org[owner]) } },
    }),
    allowed: reads,
  },
  revokeCalendarFeed: {
    owners: ['A', 'B'],
    prepare: async (owner) => {
      const em = world.ts.orm.em.fork();
      const feed = em.create(CalendarFeed, {
        organization: world.org[owner].id,
        createdBy: world.actors[world.actors.length - 1].user.user.id,
        tokenHash: hashSecret(randomUUID()),
      });
      await em.flush();
      return {
        query: 'mutation($i: RevokeCalendarFeedInput!) { revokeCalendarFeed(input: $i) { feed { id } } }',
        variables: { i: { feedId: toGlobalId('CalendarFeed', feed.id) } },
      };
    },
    allowed: (actor, owner) => holds(actor, Role.ADMIN, owner),
  },
};

const cached = new Map<Owner, Meeting>();
/** One meeting hosted by the owner (inviting a partner) for the read cells. */
async function readMeeting(owner: Owner): Promise<Meeting> {
  if (!cached.has(owner)) cached.set(owner, (await hostedBy(owner)).meeting);
  return cached.get(owner)!;
}

type Edges = { edges: { node: { id: string } }[] };

/** Root queries of the meetings module. */
export const meetingReads: Record<string, ReadCase> = {
  schedulingConflicts: {
    call: async (owner) => ({
      query: 'query($i: SchedulingConflictsInput!) { schedulingConflicts(input: $i) { reason } }',
      variables: {
        i: {
          meetingId: meetingGid((await hostedBy(owner)).meeting),
          startsAt: '2031-03-04T01:00:00.000Z',
          endsAt: '2031-03-04T03:00:00.000Z',
        },
      },
    }),
    allowed: runs,
  },
  meetings: {
    call: async (owner) => ({
      query:
        'query($f: MeetingsFilter) { meetings(filter: $f, first: 20) { edges { node { id viewerCan { cancel } } } } }',
      variables: { f: { organizationId: gid.org(world.org[owner]) } },
    }),
    allowed: reads,
    isEmpty: (data) => (data as { meetings: Edges } | null)?.meetings.edges.length === 0,
  },
  meeting: {
    call: async (owner) => ({
      query:
        'query($id: ID!) { meeting(id: $id) { id host { id } invitations { id } viewerCan { reschedule } } }',
      variables: { id: meetingGid(await readMeeting(owner)) },
    }),
    allowed: reads,
  },
};
