import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  describeOrganizationRules,
  describePolicy,
  each,
  holding,
  NO_ROLE,
  permitted,
  Role,
  rule,
  SYSTEM_ADMIN,
  twoSides,
} from '../../../test/helpers/policies.js';
import {
  type InvitationAccessView,
  invitationPolicy,
  type MeetingAccessView,
  mayHost,
  meetingOrganizationPolicy,
  meetingPolicy,
} from './meeting.policy.js';

const { org, relations } = twoSides('the host', 'an invited organization');
const person = { chair: 'chair', invited: 'invited-person', delegate: 'delegate', other: 'other-person' };
const meeting = (viewerPersonId: string | null = null): MeetingAccessView => ({
  id: 'meeting',
  hostId: org.owner,
  invitedOrganizationIds: [org.other],
  personIds: [person.chair, person.invited, person.delegate],
  invitedPersonIds: [person.invited],
  viewerPersonId,
});

type Relation = keyof typeof relations;

/** Running the meeting (every action but `respond`): COORDINATOR on the host (or above it). */
const runs = rule<Relation>(Role.COORDINATOR, 'on the host', 'above the host');

describePolicy('meeting policy', {
  policy: meetingPolicy,
  record: meeting(),
  relations,
  table: {
    // Read: the host, the invited organizations, and those above them.
    read: rule<Relation>(
      Role.VIEWER,
      'on the host',
      'above the host',
      'on an invited organization',
      'above an invited organization',
    ),
    // Respond: MEMBER on an invited organization (the host answers no invitation).
    respond: rule<Relation>(Role.MEMBER, 'on an invited organization', 'above an invited organization'),
    ...each(runs, 'update', 'reschedule', 'postpone', 'cancel', 'invite', 'setAgenda', 'start'),
    ...each(runs, 'recordAttendance', 'recordMinutes', 'addConclusion', 'close'),
  },
});

// People without any role, by their part in the meeting: [viewer's person, read, respond].
const PEOPLE: [part: string, viewerPersonId: string | null, read: boolean, respond: boolean][] = [
  ['a chair', person.chair, true, false],
  ['a person invited by name', person.invited, true, true],
  ['a delegate named by an invited organization', person.delegate, true, false],
  ['a person taking no part', person.other, false, false],
  ['an API token (no person)', null, false, false],
];

describe('meeting policy by part in the meeting', () => {
  it.each(PEOPLE)('%s without a role: read → %s, respond → %s', (_, viewerPersonId, read, respond) => {
    expect(permitted(meetingPolicy, 'read', NO_ROLE, meeting(viewerPersonId))).toBe(read);
    expect(permitted(meetingPolicy, 'respond', NO_ROLE, meeting(viewerPersonId))).toBe(respond);
    for (const action of actionsOf(meetingPolicy)) {
      if (action !== 'read' && action !== 'respond')
        expect(permitted(meetingPolicy, action, NO_ROLE, meeting(viewerPersonId)), action).toBe(false);
    }
  });

  it('lets COORDINATOR on the host (or above it) schedule, and nobody else', () => {
    expect(mayHost(holding(Role.COORDINATOR, org.owner), org.owner)).toBe(true);
    expect(mayHost(holding(Role.COORDINATOR, org.aboveOwner, org.owner), org.owner)).toBe(true);
    expect(mayHost(holding(Role.MEMBER, org.owner), org.owner)).toBe(false);
    expect(mayHost(holding(Role.ADMIN, org.elsewhere), org.owner)).toBe(false);
    expect(mayHost(SYSTEM_ADMIN, org.owner)).toBe(true);
  });
});

describe('invitation policy', () => {
  const ofOrganization = (viewerPersonId: string | null = null): InvitationAccessView => ({
    id: 'invitation',
    meeting: meeting(viewerPersonId),
    organizationId: org.other,
    personId: null,
  });
  const ofPerson = (viewerPersonId: string | null): InvitationAccessView => ({
    id: 'invitation',
    meeting: meeting(viewerPersonId),
    organizationId: null,
    personId: person.invited,
  });

  it.each([
    ['MEMBER on the invited organization', holding(Role.MEMBER, org.other), true],
    ['VIEWER on the invited organization', holding(Role.VIEWER, org.other), false],
    ['ADMIN on the host', holding(Role.ADMIN, org.owner), false],
    ['a system administrator', SYSTEM_ADMIN, true],
  ] as const)("an organization's invitation is answered by %s → %s", (_, access, allowed) => {
    expect(permitted(invitationPolicy, 'respond', access, ofOrganization())).toBe(allowed);
  });

  it.each([
    ['the invited person', person.invited, NO_ROLE, true],
    ['another person', person.other, NO_ROLE, false],
    ['ADMIN on the host', null, holding(Role.ADMIN, org.owner), false],
    ['a system administrator', null, SYSTEM_ADMIN, true],
  ] as const)("a person's invitation is answered by %s → %s", (_, viewerPersonId, access, allowed) => {
    expect(permitted(invitationPolicy, 'respond', access, ofPerson(viewerPersonId))).toBe(allowed);
  });

  it('is read by whoever reads its meeting', () => {
    expect(
      permitted(invitationPolicy, 'read', holding(Role.VIEWER, org.aboveOwner, org.owner), ofOrganization()),
    ).toBe(true);
    expect(permitted(invitationPolicy, 'read', holding(Role.ADMIN, org.elsewhere), ofOrganization())).toBe(
      false,
    );
    expect(permitted(invitationPolicy, 'read', NO_ROLE, ofPerson(person.invited))).toBe(true);
  });
});

// Hosting a meeting: COORDINATOR on the organization or above it; a calendar feed of it: any role there.
describeOrganizationRules('meeting rules on an organization', meetingOrganizationPolicy, {
  scheduleMeeting: Role.COORDINATOR,
  createCalendarFeed: Role.VIEWER,
});
