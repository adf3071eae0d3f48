import { describe, expect, it } from 'vitest';
import { Role } from '../../core/access.js';
import {
  actionsIn,
  actionsOf,
  permitted,
  from,
  holding,
  ids,
  NO_ROLE,
  NOBODY,
  policyCases,
  type PolicyRow,
  SYSTEM_ADMIN,
} from '../../../test/helpers/policies.js';
import {
  type InvitationAccessView,
  invitationPolicy,
  type MeetingAccessView,
  mayHost,
  meetingOrganizationPolicy,
  meetingPolicy,
} from './meeting.policy.js';

const org = ids('aboveHost', 'host', 'invited', 'aboveInvited', 'elsewhere');
const person = { chair: 'chair', invited: 'invited-person', delegate: 'delegate', other: 'other-person' };
const meeting = (viewerPersonId: string | null = null): MeetingAccessView => ({
  id: 'meeting',
  hostId: org.host,
  invitedOrganizationIds: [org.invited],
  personIds: [person.chair, person.invited, person.delegate],
  invitedPersonIds: [person.invited],
  viewerPersonId,
});

type Action = keyof typeof meetingPolicy.actions | 'read';
const relations = {
  'on the host': (role: Role) => holding(role, org.host),
  'above the host': (role: Role) => holding(role, org.aboveHost, org.host),
  'on an invited organization': (role: Role) => holding(role, org.invited),
  'above an invited organization': (role: Role) => holding(role, org.aboveInvited, org.invited),
  elsewhere: (role: Role) => holding(role, org.elsewhere),
};
type Relation = keyof typeof relations;

/** Running the meeting (every action but `respond`): COORDINATOR on the host (or above it). */
const runs = (action: Action): PolicyRow<Action, Relation>[] => [
  [action, 'on the host', from(Role.COORDINATOR)],
  [action, 'above the host', from(Role.COORDINATOR)],
  [action, 'on an invited organization', NOBODY],
  [action, 'above an invited organization', NOBODY],
  [action, 'elsewhere', NOBODY],
];

const TABLE: PolicyRow<Action, Relation>[] = [
  // Read: the host, the invited organizations, and those above them.
  ['read', 'on the host', from(Role.VIEWER)],
  ['read', 'above the host', from(Role.VIEWER)],
  ['read', 'on an invited organization', from(Role.VIEWER)],
  ['read', 'above an invited organization', from(Role.VIEWER)],
  ['read', 'elsewhere', NOBODY],
  // Respond: MEMBER on an invited organization (the host answers no invitation).
  ['respond', 'on the host', NOBODY],
  ['respond', 'above the host', NOBODY],
  ['respond', 'on an invited organization', from(Role.MEMBER)],
  ['respond', 'above an invited organization', from(Role.MEMBER)],
  ['respond', 'elsewhere', NOBODY],
  ...runs('reschedule'),
  ...runs('postpone'),
  ...runs('cancel'),
  ...runs('invite'),
  ...runs('setAgenda'),
  ...runs('start'),
  ...runs('recordAttendance'),
  ...runs('recordMinutes'),
  ...runs('addConclusion'),
  ...runs('close'),
];

// People without any role, by their part in the meeting: [viewer's person, read, respond].
const PEOPLE: [part: string, viewerPersonId: string | null, read: boolean, respond: boolean][] = [
  ['a chair', person.chair, true, false],
  ['a person invited by name', person.invited, true, true],
  ['a delegate named by an invited organization', person.delegate, true, false],
  ['a person taking no part', person.other, false, false],
  ['an API token (no person)', null, false, false],
];

describe('meeting policy', () => {
  it.each(policyCases(TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(meetingPolicy, action, relations[relation](role), meeting())).toBe(allowed);
  });

  it.each(PEOPLE)('%s without a role: read → %s, respond → %s', (_, viewerPersonId, read, respond) => {
    expect(permitted(meetingPolicy, 'read', NO_ROLE, meeting(viewerPersonId))).toBe(read);
    expect(permitted(meetingPolicy, 'respond', NO_ROLE, meeting(viewerPersonId))).toBe(respond);
    for (const action of actionsOf(meetingPolicy)) {
      if (action !== 'read' && action !== 'respond')
        expect(permitted(meetingPolicy, action, NO_ROLE, meeting(viewerPersonId)), action).toBe(false);
    }
  });

  it('covers every action of the policy', () => {
    expect(actionsIn(TABLE)).toEqual(actionsOf(meetingPolicy));
  });

  it('lets a system administrator do everything', () => {
    for (const action of actionsOf(meetingPolicy)) {
      expect(permitted(meetingPolicy, action, SYSTEM_ADMIN, meeting()), action).toBe(true);
    }
  });

  it('lets COORDINATOR on the host (or above it) schedule, and nobody else', () => {
    expect(mayHost(holding(Role.COORDINATOR, org.host), org.host)).toBe(true);
    expect(mayHost(holding(Role.COORDINATOR, org.aboveHost, org.host), org.host)).toBe(true);
    expect(mayHost(holding(Role.MEMBER, org.host), org.host)).toBe(false);
    expect(mayHost(holding(Role.ADMIN, org.elsewhere), org.host)).toBe(false);
    expect(mayHost(SYSTEM_ADMIN, org.host)).toBe(true);
  });
});

describe('invitation policy', () => {
  const ofOrganization = (viewerPersonId: string | null = null): InvitationAccessView => ({
    id: 'invitation',
    meeting: meeting(viewerPersonId),
    organizationId: org.invited,
    personId: null,
  });
  const ofPerson = (viewerPersonId: string | null): InvitationAccessView => ({
    id: 'invitation',
    meeting: meeting(viewerPersonId),
    organizationId: null,
    personId: person.invited,
  });

  it.each([
    ['MEMBER on the invited organization', holding(Role.MEMBER, org.invited), true],
    ['VIEWER on the invited organization', holding(Role.VIEWER, org.invited), false],
    ['ADMIN on the host', holding(Role.ADMIN, org.host), false],
    ['a system administrator', SYSTEM_ADMIN, true],
  ] as const)("an organization's invitation is answered by %s → %s", (_, access, allowed) => {
    expect(permitted(invitationPolicy, 'respond', access, ofOrganization())).toBe(allowed);
  });

  it.each([
    ['the invited person', person.invited, NO_ROLE, true],
    ['another person', person.other, NO_ROLE, false],
    ['ADMIN on the host', null, holding(Role.ADMIN, org.host), false],
    ['a system administrator', null, SYSTEM_ADMIN, true],
  ] as const)("a person's invitation is answered by %s → %s", (_, viewerPersonId, access, allowed) => {
    expect(permitted(invitationPolicy, 'respond', access, ofPerson(viewerPersonId))).toBe(allowed);
  });

  it('is read by whoever reads its meeting', () => {
    expect(
      permitted(invitationPolicy, 'read', holding(Role.VIEWER, org.aboveHost, org.host), ofOrganization()),
    ).toBe(true);
    expect(permitted(invitationPolicy, 'read', holding(Role.ADMIN, org.elsewhere), ofOrganization())).toBe(
      false,
    );
    expect(permitted(invitationPolicy, 'read', NO_ROLE, ofPerson(person.invited))).toBe(true);
  });
});

describe('meeting rules on an organization (hosting, calendar feeds)', () => {
  const place = { id: org.host };
  const on = {
    'on it': (role: Role) => holding(role, org.host),
    'above it': (role: Role) => holding(role, org.aboveHost, org.host),
    elsewhere: (role: Role) => holding(role, org.elsewhere),
  };
  type On = keyof typeof on;
  type OrgAction = keyof typeof meetingOrganizationPolicy.actions | 'read';
  const ORGANIZATION_TABLE: PolicyRow<OrgAction, On>[] = [
    ['read', 'on it', from(Role.VIEWER)],
    ['read', 'above it', from(Role.VIEWER)],
    ['read', 'elsewhere', from(Role.VIEWER)],
    ['scheduleMeeting', 'on it', from(Role.COORDINATOR)],
    ['scheduleMeeting', 'above it', from(Role.COORDINATOR)],
    ['scheduleMeeting', 'elsewhere', NOBODY],
    ['createCalendarFeed', 'on it', from(Role.VIEWER)],
    ['createCalendarFeed', 'above it', from(Role.VIEWER)],
    ['createCalendarFeed', 'elsewhere', NOBODY],
  ];

  it.each(policyCases(ORGANIZATION_TABLE))('%s %s: %s → %s', (role, relation, action, allowed) => {
    expect(permitted(meetingOrganizationPolicy, action, on[relation](role), place)).toBe(allowed);
  });

  it('covers every action, lets a system administrator do everything and a user without a role nothing', () => {
    expect(actionsIn(ORGANIZATION_TABLE)).toEqual(actionsOf(meetingOrganizationPolicy));
    for (const action of Object.keys(meetingOrganizationPolicy.actions) as OrgAction[]) {
      expect(permitted(meetingOrganizationPolicy, action, SYSTEM_ADMIN, place), action).toBe(true);
      expect(permitted(meetingOrganizationPolicy, action, NO_ROLE, place), action).toBe(false);
    }
  });
});
