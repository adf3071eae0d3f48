import { Role, type ViewerAccess } from '../../core/access.js';
import { anyone, definePolicy, type PolicyRule } from '../../core/policy.js';
import { reachRule } from '../../core/read-rule.js';

/** What the meeting policy needs to know about a meeting, and who looks at it. */
export interface MeetingAccessView {
  id: string;
  hostId: string;
  /** Organizations invited. */
  invitedOrganizationIds: string[];
  /** People taking part by name: chairs, invited people and the delegates they named. */
  personIds: string[];
  /** People invited by name (they answer their invitation themselves). */
  invitedPersonIds: string[];
  /** The viewer's person (null for an API token): people see the meetings they take part in. */
  viewerPersonId: string | null;
}

/** COORDINATOR on the host: runs the meeting. */
const runs: PolicyRule<MeetingAccessView> = (access, m) => access.has(Role.COORDINATOR, m.hostId);

/**
 * A meeting is visible to its host, to the invited organizations, to those
 * above them in the chain of command (a role reaches down), to the people
 * chairing it, invited to it or delegated to it, and to system
 * administrators: an organization that is not invited does not see it (in
 * SQL: `meetingPolicy.where`, with the viewer's person).
 * Changing it (every action but `respond`) needs COORDINATOR on the host.
 * `respond`: the viewer holds an invitation — MEMBER or more on an invited
 * organization, or the invited person themself.
 */
export const meetingPolicy = definePolicy<
  MeetingAccessView,
  | 'update'
  | 'reschedule'
  | 'postpone'
  | 'cancel'
  | 'invite'
  | 'setAgenda'
  | 'start'
  | 'recordAttendance'
  | 'recordMinutes'
  | 'addConclusion'
  | 'close'
  | 'respond'
>(
  'Meeting',
  reachRule({
    role: Role.VIEWER,
    organizations: [
      { ids: (m) => [m.hostId], at: [{ column: 'organization_id' }] },
      {
        ids: (m) => m.invitedOrganizationIds,
        at: [{ table: 'meeting_invitation', key: 'meeting_id', column: 'organization_id' }],
      },
    ],
    people: {
      viewer: (m) => m.viewerPersonId,
      ids: (m) => m.personIds,
      at: [
        { table: 'meeting_invitation', key: 'meeting_id', column: 'person_id' },
        { table: 'meeting_invitation', key: 'meeting_id', column: 'delegate_id' },
        { table: 'meeting_chair', key: 'meeting_id', column: 'person_id' },
      ],
    },
  }),
  {
    update: runs,
    reschedule: runs,
    postpone: runs,
    cancel: runs,
    invite: runs,
    setAgenda: runs,
    start: runs,
    recordAttendance: runs,
    recordMinutes: runs,
    addConclusion: runs,
    close: runs,
    respond: (access, m) =>
      access.hasAny(Role.MEMBER, m.invitedOrganizationIds) ||
      (!!m.viewerPersonId && m.invitedPersonIds.includes(m.viewerPersonId)),
  },
);

/** An invitation as the policy sees it: its meeting, and whom it invites. */
export interface InvitationAccessView {
  id: string;
  meeting: MeetingAccessView;
  organizationId: string | null;
  personId: string | null;
}

/** Answering an invitation: MEMBER or more on the invited organization, or the invited person. */
export const invitationPolicy = definePolicy<InvitationAccessView, 'respond'>(
  'MeetingInvitation',
  (access, invitation) => meetingPolicy.read(access, invitation.meeting),
  {
    respond: (access, invitation) =>
      invitation.organizationId
        ? access.has(Role.MEMBER, invitation.organizationId)
        : access.isSystemAdmin ||
          (!!invitation.personId && invitation.personId === invitation.meeting.viewerPersonId),
  },
);

/** Scheduling a meeting: COORDINATOR on the host. */
export const mayHost = (access: ViewerAccess, hostId: string): boolean =>
  access.has(Role.COORDINATOR, hostId);

/**
 * What the viewer may do for an organization in the meetings module (rules
 * on the parent): host a meeting (`scheduleMeeting`, COORDINATOR), take a
 * calendar feed of its meetings (`createCalendarFeed`, VIEWER).
 * `Organization.viewerCan.scheduleMeeting`.
 */
export const meetingOrganizationPolicy = definePolicy<
  { id: string },
  'scheduleMeeting' | 'createCalendarFeed'
>('Organization', anyone, {
  scheduleMeeting: (access, organization) => mayHost(access, organization.id),
  createCalendarFeed: (access, organization) => access.has(Role.VIEWER, organization.id),
});
